import { useState } from 'react';
import type { InboxEvent } from '../../api/models';
import { eventHash, subscriberHash } from '../../routing/routes';
import { ActionAnswerNotice } from '../elements/ActionAnswer';
import { Badge } from '../elements/Badge';
import { Button } from '../elements/Button';
import { when } from '../elements/format';
import { EventDetail } from './EventDetail';
import { useReplay } from './useReplay';

const COLUMNS = 7;

/** A stored event; links to its own page and its subscriber, expands to its payload; Replay reconciles again. */
export function EventRow({ event }: { event: InboxEvent }) {
    const [open, setOpen] = useState(false);
    const { replay, replaying, answer } = useReplay(event.id);

    return (
        <>
            <tr data-testid={'event-row'}>
                <td className={'nowrap'}>
                    <a href={eventHash(event.id)} title={'Open this event on its own page'}>
                        {when(event.receivedAt)}
                    </a>
                </td>
                <td>
                    <code>{event.type}</code> {event.format === 'flat' && <Badge $tone={'flat'}>flat</Badge>}
                </td>
                <td>{event.subscriptionId ? <code>{event.subscriptionId}</code> : '—'}</td>
                <td>
                    {event.customerId ? (
                        <a href={subscriberHash(event.customerId)} title={'Open this subscriber'}>
                            <code>{event.customerId}</code>
                        </a>
                    ) : (
                        '—'
                    )}
                </td>
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
