import { createRoot } from 'react-dom/client';
import { App } from './App';
import { MOUNT_ID, readMountSettings } from './mount';

const element = document.getElementById(MOUNT_ID);
if (element) {
    createRoot(element).render(<App settings={readMountSettings(element)} />);
}
