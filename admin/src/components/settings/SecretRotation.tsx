import { useState } from 'react';
import { describeError } from '../../api/http';
import type { SecretRotation as Rotation } from '../../api/models';
import { rotateSecret } from '../../api/settings';
import { Button } from '../elements/Button';
import { ConfirmButton } from '../elements/ConfirmButton';
import { Notice } from '../elements/ErrorMessage';
import { when } from '../elements/format';
import { CopyField } from '../CopyField';

/** Generates or rotates the webhook secret. The new secret is shown here once; the panel never shows it again. */
export function SecretRotation({
    configured,
    overlapHours,
    onRotated,
}: {
    configured: boolean;
    overlapHours: number;
    onRotated: () => void;
}) {
    const [fresh, setFresh] = useState<Rotation | null>(null);
    const [busy, setBusy] = useState(false);
    const [error, setError] = useState<string | null>(null);

    const rotate = () => {
        setBusy(true);
        setError(null);
        rotateSecret()
            .then(
                (r) => {
                    setFresh(r);
                    onRotated();
                },
                (e) => setError(describeError(e).message),
            )
            .finally(() => setBusy(false));
    };

    return (
        <div>
            {!fresh &&
                (configured ? (
                    <ConfirmButton
                        label={'Rotate secret'}
                        variant={'primary'}
                        busy={busy}
                        question={
                            <>
                                Make a new webhook secret? Paste it into Paymenter's Tiergate server right away. The
                                current one keeps working for {overlapHours} hour(s)
                                {overlapHours === 0 &&
                                    ' — that is, it stops now, and events are refused until Paymenter has the new one'}
                                .
                            </>
                        }
                        confirmLabel={'Make a new secret'}
                        onConfirm={rotate}
                    />
                ) : (
                    <Button onClick={rotate} disabled={busy}>
                        {busy ? 'Generating…' : 'Generate secret'}
                    </Button>
                ))}
            {error && <Notice tone={'error'}>{error}</Notice>}
            {fresh && (
                <Notice tone={'warning'} testId={'new-secret'}>
                    <p>
                        <strong>Copy this secret into Paymenter now. It is shown only this once.</strong>
                    </p>
                    <CopyField label={'New webhook secret'} value={fresh.secret} />
                    <p>
                        {fresh.previousSecretUntil
                            ? `The previous secret keeps working until ${when(fresh.previousSecretUntil)}, so deliveries continue while you update Paymenter.`
                            : 'There is no previous secret still accepted: only this one works from now on.'}
                    </p>
                    <Button $variant={'plain'} onClick={() => setFresh(null)}>
                        I have copied it
                    </Button>
                </Notice>
            )}
        </div>
    );
}
