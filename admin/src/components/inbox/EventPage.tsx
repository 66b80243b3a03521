import { useEvent } from '../../api/events';
import { routeHash, subscriberHash } from '../../routing/routes';
import { ActionAnswerNotice } from '../elements/ActionAnswer';
import { Badge } from '../elements/Badge';
import { Button, LinkButton } from '../elements/Button';
import { Card } from '../elements/Card';
import { ErrorMessage } from '../elements/ErrorMessage';
import { Spinner } from '../elements/Spinner';
import { EventDetail } from './EventDetail';
import { useReplay } from './useReplay';

/** One stored event on its own address (`#inbox/<id>`), to link from a support ticket or the log. */
export function EventPage({ id }: { id: number }) {
    const { event, error } = useEvent(Number.isSafeInteger(id) && id > 0 ? id : null);
    const { replay, replaying, answer } = useReplay(id);
    const back = <LinkButton href={routeHash('inbox')}>← Event inbox</LinkButton>;
    if (!Number.isSafeInteger(id) || id <= 0)
        return (
            <Card title={'No such event'} actions={back}>
                <p>The address names no event; events are numbered 1, 2, 3…</p>
            </Card>
        );
    if (error)
        return (
            <Card title={`Event ${id}`} actions={back}>
                <ErrorMessage error={error} />
            </Card>
        );
    if (!event) return <Spinner label={'Loading the event…'} />;
    return (
        <Card
            testId={'event-page'}
            title={
                <>
                    <code>{event.type}</code> event {id}{' '}
                    {event.processedAt ? (
                        <Badge $tone={'processed'}>applied</Badge>
                    ) : (
                        <Badge $tone={'waiting'}>waiting</Badge>
                    )}
                </>
            }
            actions={back}
        >
            <p>
                {event.customerId ? (
                    <>
                        Customer <a href={subscriberHash(event.customerId)}>{event.customerId}</a>
                    </>
                ) : (
                    'No customer named'
                )}
                {event.subscriptionId && (
                    <>
                        {' '}
                        · subscription <code>{event.subscriptionId}</code>
                    </>
                )}
                {event.sequence !== null && <> · sequence {event.sequence}</>}{' '}
                <Button
                    $variant={'plain'}
                    $small
                    onClick={replay}
                    disabled={replaying || event.customerId === null}
                    title={event.customerId === null ? 'This event names no customer' : undefined}
                >
                    {replaying ? 'Replaying…' : 'Replay'}
                </Button>
            </p>
            {answer && <ActionAnswerNotice answer={answer} />}
            <EventDetail id={id} />
        </Card>
    );
}
