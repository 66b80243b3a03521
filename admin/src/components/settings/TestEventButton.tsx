import { useState } from 'react';
import type { TestEventWire } from '../../../../contract/admin';
import { describeError } from '../../api/http';
import { sendTestEvent } from '../../api/settings';
import { Button } from '../elements/Button';
import { Notice } from '../elements/Feedback';

export function TestEventButton() {
    const [result, setResult] = useState<TestEventWire | null>(null);
    const [error, setError] = useState<string | null>(null);
    const [busy, setBusy] = useState(false);
    const send = () => {
        setBusy(true);
        setError(null);
        sendTestEvent().then(setResult, (e) => setError(describeError(e).message)).finally(() => setBusy(false));
    };
    return (
        <div>
            <Button type={'button'} $variant={'plain'} onClick={send} disabled={busy}>{busy ? 'Sending…' : 'Send a test event'}</Button>
            {error && <Notice tone={'error'}>{error}</Notice>}
            {result && (
                <Notice tone={result.status < 300 ? 'success' : 'error'}>
                    The webhook answered {result.status} in {result.ms} ms: <code>{JSON.stringify(result.answer)}</code>
                </Notice>
            )}
        </div>
    );
}
