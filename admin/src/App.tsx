import styled from 'styled-components';
import type { MountSettings } from './mount';
import { CopyField } from './components/CopyField';

// Everything is scoped under one class so AdminLTE's global Bootstrap 3 rules and ours never meet.
const Scope = styled.div.attrs({ className: 'tiergate-app' })`
    font-size: 14px;
    line-height: 1.5;
    color: #1f2933;
    * { box-sizing: border-box; }
`;

const Card = styled.section`
    background: #fff;
    border-top: 3px solid #3c8dbc;
    border-radius: 3px;
    padding: 16px 20px;
    margin-bottom: 16px;
    box-shadow: 0 1px 1px rgba(0, 0, 0, 0.1);
    h3 { margin: 0 0 12px; font-size: 18px; }
    p { margin: 0 0 8px; }
`;

export function App({ settings }: { settings: MountSettings }) {
    return (
        <Scope>
            <Card>
                <h3>Connect Paymenter</h3>
                <p>Paste this webhook URL into the Tiergate extension's settings in your Paymenter admin area.</p>
                <CopyField label="Webhook URL" value={settings.webhookUrl} />
            </Card>
            <Card>
                <h3>About</h3>
                <p>Tiergate {settings.version ? `v${settings.version}` : ''} turns Paymenter subscriptions into panel access.</p>
            </Card>
        </Scope>
    );
}
