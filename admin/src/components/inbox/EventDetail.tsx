import { useEvent } from '../../api/events';
import { Muted } from '../elements/Card';
import { ErrorMessage } from '../elements/ErrorMessage';
import { prettyJson, when } from '../elements/format';
import { Spinner } from '../elements/Spinner';

/** The raw body (pretty-printed when it is JSON) and the headers, exactly as stored. */
export function EventDetail({ id }: { id: number }) {
    const { event, error } = useEvent(id);
    if (error) return <ErrorMessage error={error} />;
    if (!event) return <Spinner label={'Loading the payload…'} />;
    return (
        <div data-testid={'event-detail'}>
            <p>
                <code>{event.webhookId}</code> from {event.sourceIp}; happened {when(event.occurredAt)}, received{' '}
                {when(event.receivedAt)}, {event.processedAt ? `applied ${when(event.processedAt)}` : 'not applied yet'}
                . <Muted>{event.format} format</Muted>
            </p>
            <h4>Body</h4>
            <pre style={{ maxHeight: 360, overflow: 'auto' }} data-testid={'event-body'}>
                {prettyJson(event.body)}
            </pre>
            <h4>Headers</h4>
            <pre data-testid={'event-headers'}>
                {Object.entries(event.headers)
                    .map(([k, v]) => `${k}: ${v}`)
                    .join('\n') || '(none stored)'}
            </pre>
        </div>
    );
}
