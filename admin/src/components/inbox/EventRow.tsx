import { useState } from 'react';
import { replayEvent } from '../../api/events';
import type { InboxEvent } from '../../api/models';
import { ActionAnswerNotice, answered, failed, type ActionAnswer } from '../elements/ActionAnswer';
import { Badge } from '../elements/Badge';
import { Button } from '../elements/Button';
import { when } from '../elements/format';
import { EventDetail } from './EventDetail';

const COLUMNS = 7;

/** A stored event; expands to its payload and headers; Replay reconciles its customer again. */
export function EventRow({ event }: { event: InboxEvent }) {
    const [open, setOpen] = useState(false);
    const [replaying, setReplaying] = useState(false);
    const [answer, setAnswer] = useState<ActionAnswer | null>(null);

    const replay = () => {
        setReplaying(true);
        setAnswer(null);
        replayEvent(event.id)
            .then(
                (r) => setAnswer(answered(r)),
                (e) => setAnswer(failed(e)),
            )
            .finally(() => setReplaying(false));
    };

    return (
        <>
            <tr data-testid={'event-row'}>
                <td className={'nowrap'}>{when(event.receivedAt)}</td>
                <td>
                    <code>{event.type}</code> {event.format === 'flat' && <Badge $tone={'flat'}>flat</Badge>}
                </td>
                <td>{event.subscriptionId ? <code>{event.subscriptionId}</code> : '—'}</td>
                <td>{event.customerId ? <code>{event.customerId}</code> : '—'}</td>
                <td>{event.sequence ?? '—'}</td>
                <td>
                    {event.processedAt ? (
                        <Badge $tone={'processed'}>applied</Badge>
                    ) : (
                        <Badge $tone={'waiting'}>waiting</Badge>
                    )}
                </td>
                <td className={'nowrap'}>
                    <Button $variant={'plain'} $small onClick={() => setOpen(!open)} aria-expanded={open}>
                        {open ? 'Hide' : 'Payload'}
                    </Button>{' '}
                    <Button
                        $variant={'plain'}
                        $small
                        onClick={replay}
                        disabled={replaying || event.customerId === null}
                        title={event.customerId === null ? 'This event names no customer' : undefined}
                    >
                        {replaying ? 'Replaying…' : 'Replay'}
                    </Button>
                </td>
            </tr>
            {(open || answer) && (
                <tr>
                    <td colSpan={COLUMNS}>
                        {answer && <ActionAnswerNotice answer={answer} />}
                        {open && <EventDetail id={event.id} />}
                    </td>
                </tr>
            )}
        </>
    );
}
