import { useState } from 'react';
import { describeError } from '../../api/http';
import type { TestEventResult } from '../../api/models';
import { sendTestEvent } from '../../api/settings';
import { Button } from '../elements/Button';
import { Notice } from '../elements/ErrorMessage';

const show = (answer: unknown) => (typeof answer === 'string' ? answer : JSON.stringify(answer, null, 2));

/** The panel signs a ping and posts it to its own webhook URL, the way Paymenter would. */
export function TestEventButton({ onSent }: { onSent?: () => void }) {
    const [result, setResult] = useState<TestEventResult | null>(null);
    const [error, setError] = useState<string | null>(null);
    const [busy, setBusy] = useState(false);
    const send = () => {
        setBusy(true);
        setError(null);
        setResult(null);
        sendTestEvent()
            .then(
                (r) => {
                    setResult(r);
                    onSent?.();
                },
                (e) => setError(describeError(e).message),
            )
            .finally(() => setBusy(false));
    };
    const ok = result !== null && result.status >= 200 && result.status < 300;
    return (
        <div>
            <Button $variant={'plain'} onClick={send} disabled={busy}>
                {busy ? 'Sending…' : 'Send a test event'}
            </Button>
            {error && <Notice tone={'error'}>{error}</Notice>}
            {result && (
                <Notice tone={ok ? 'success' : 'error'} testId={'test-event-result'}>
                    The webhook answered {result.status} in {result.ms} ms
                    {ok
                        ? '.'
                        : ': the panel cannot reach its own webhook, or refused it. Check the URL the panel knows itself by (APP_URL), the allowlist and the proxy settings.'}
                    <pre style={{ marginTop: 6 }}>{show(result.answer)}</pre>
                </Notice>
            )}
        </div>
    );
}
