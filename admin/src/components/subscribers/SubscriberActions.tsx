import { useState } from 'react';
import type { SubscriberAction } from '../../api/models';
import { describeError } from '../../api/http';
import { actOnSubscriber } from '../../api/subscribers';
import { Button } from '../elements/Button';
import { Row } from '../elements/Card';
import { Notice } from '../elements/Feedback';

export function SubscriberActions({ customerId, onDone }: { customerId: string; onDone: () => void }) {
    const [until, setUntil] = useState('');
    const [busy, setBusy] = useState<SubscriberAction | null>(null);
    const [answer, setAnswer] = useState<{ tone: 'success' | 'error'; message: string; changes: string[] } | null>(null);

    const act = (action: SubscriberAction) => {
        setBusy(action);
        const when = until ? new Date(until).toISOString() : undefined;
        actOnSubscriber(customerId, action, action === 'grant' || action === 'suspend' ? when : undefined)
            .then((r) => {
                setAnswer({ tone: 'success', ...r });
                onDone();
            }, (e) => setAnswer({ tone: 'error', message: describeError(e).message, changes: [] }))
            .finally(() => setBusy(null));
    };

    return (
        <div>
            <Row>
                <Button type={'button'} onClick={() => act('reconcile')} disabled={busy !== null}>{busy === 'reconcile' ? 'Reconciling…' : 'Reconcile now'}</Button>
                <label>
                    until <input type={'datetime-local'} aria-label={'Override until'} value={until} onChange={(e) => setUntil(e.target.value)} />
                </label>
                <Button type={'button'} onClick={() => act('grant')} disabled={busy !== null}>Grant</Button>
                <Button type={'button'} $variant={'danger'} onClick={() => act('suspend')} disabled={busy !== null}>Suspend</Button>
                <Button type={'button'} $variant={'plain'} onClick={() => act('resume')} disabled={busy !== null}>Resume billing</Button>
                <Button type={'button'} $variant={'plain'} onClick={() => act('resend_setup')} disabled={busy !== null}>Resend setup email</Button>
            </Row>
            {answer && (
                <Notice tone={answer.tone}>
                    {answer.message}
                    {answer.changes.length > 0 && <ul>{answer.changes.map((c) => <li key={c}>{c}</li>)}</ul>}
                </Notice>
            )}
        </div>
    );
}
