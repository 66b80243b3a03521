import { useState } from 'react';
import type { SecretRotationWire } from '../../../../contract/admin';
import { describeError } from '../../api/http';
import { rotateSecret } from '../../api/settings';
import { Button } from '../elements/Button';
import { Notice } from '../elements/Feedback';
import { when } from '../elements/format';
import { CopyField } from '../CopyField';

/** The new secret is shown once, here; the panel never shows it again. */
export function SecretRotation({ configured, onRotated }: { configured: boolean; onRotated: () => void }) {
    const [fresh, setFresh] = useState<SecretRotationWire | null>(null);
    const [busy, setBusy] = useState(false);
    const [error, setError] = useState<string | null>(null);

    const rotate = () => {
        if (configured && !window.confirm('Replace the webhook secret? Paymenter must get the new one; the old one keeps working for the overlap period.')) return;
        setBusy(true);
        setError(null);
        rotateSecret().then((r) => {
            setFresh(r);
            onRotated();
        }, (e) => setError(describeError(e).message)).finally(() => setBusy(false));
    };

    return (
        <div>
            <Button type={'button'} onClick={rotate} disabled={busy}>{configured ? 'Rotate secret' : 'Generate secret'}</Button>
            {error && <Notice tone={'error'}>{error}</Notice>}
            {fresh && (
                <Notice tone={'success'}>
                    <strong>Copy this secret into Paymenter now. It is shown only this once.</strong>
                    <CopyField label={'New webhook secret'} value={fresh.secret} />
                    {fresh.previous_secret_until && <p>The previous secret keeps working until {when(new Date(fresh.previous_secret_until))}.</p>}
                    <Button type={'button'} $variant={'plain'} onClick={() => setFresh(null)}>I have copied it</Button>
                </Notice>
            )}
        </div>
    );
}
