import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { ROOT } from '../lib/paths';
import { addTree } from './zip-tree';

const EXTENSION = path.join(ROOT, 'paymenter', 'extensions', 'Servers', 'Tiergate');

/**
 * The zip Paymenter's "Upload Extension" takes: one folder named like the class, `Tiergate/Tiergate.php`
 * (a class extending App\Classes\Extension\Server), which Paymenter moves to extensions/Servers/Tiergate.
 */
export async function packagePaymenter(outFile: string): Promise<string[]> {
    if (!fs.existsSync(path.join(EXTENSION, 'Tiergate.php')))
        throw new Error('paymenter/extensions/Servers/Tiergate/Tiergate.php is missing');
    const zip = new JSZip();
    addTree(zip, EXTENSION, 'Tiergate');
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'UNIX' });
    fs.mkdirSync(path.dirname(outFile), { recursive: true });
    fs.writeFileSync(outFile, bytes);
    return Object.keys(zip.files).filter((name) => !zip.files[name]!.dir);
}
