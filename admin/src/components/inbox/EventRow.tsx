import { useState } from 'react';
import { replayEvent, useInboxEvent } from '../../api/events';
import { describeError } from '../../api/http';
import type { InboxEvent } from '../../api/models';
import { Badge } from '../elements/Badge';
import { Button } from '../elements/Button';
import { Spinner } from '../elements/Feedback';
import { when } from '../elements/format';

const pretty = (body: string) => {
    try {
        return JSON.stringify(JSON.parse(body), null, 2);
    } catch {
        return body;
    }
};

export function EventRow({ event }: { event: InboxEvent }) {
    const [open, setOpen] = useState(false);
    const [note, setNote] = useState<string | null>(null);
    const { event: detail } = useInboxEvent(open ? event.id : null);

    const replay = () => replayEvent(event.id).then((r) => setNote(r.message), (e) => setNote(describeError(e).message));

    return (
        <>
            <tr data-testid={'event-row'}>
                <td style={{ whiteSpace: 'nowrap' }}>{when(event.receivedAt)}</td>
                <td>{event.type}{event.format === 'flat' && <> <Badge $tone={'pending'}>flat</Badge></>}</td>
                <td><code>{event.subscriptionId}</code></td>
                <td><code>{event.customerId}</code></td>
                <td>{event.sequence ?? '—'}</td>
                <td><Badge $tone={event.processedAt ? 'processed' : 'waiting'}>{event.processedAt ? 'processed' : 'waiting'}</Badge></td>
                <td>
                    <Button type={'button'} $variant={'plain'} onClick={() => setOpen(!open)} aria-expanded={open}>{open ? 'Hide' : 'Payload'}</Button>{' '}
                    <Button type={'button'} $variant={'plain'} onClick={replay}>Replay</Button>
                </td>
            </tr>
            {(open || note) && (
                <tr>
                    <td colSpan={7}>
                        {note && <p role={'status'}>{note}</p>}
                        {open && !detail && <Spinner />}
                        {open && detail && (
                            <>
                                <p><code>{detail.webhook_id}</code> from {detail.source_ip}, happened {when(new Date(detail.occurred_at))}</p>
                                <pre style={{ maxHeight: 320, overflow: 'auto', background: '#f7f7f7', padding: 8 }}>{pretty(detail.body)}</pre>
                                <pre style={{ background: '#f7f7f7', padding: 8 }}>{Object.entries(detail.headers).map(([k, v]) => `${k}: ${v}`).join('\n')}</pre>
                            </>
                        )}
                    </td>
                </tr>
            )}
        </>
    );
}
