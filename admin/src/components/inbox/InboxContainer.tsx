import { useState } from 'react';
import { EVENT_TYPES } from '../../../../contract/event';
import { useEvents } from '../../api/events';
import { Button } from '../elements/Button';
import { Card } from '../elements/Card';
import { EmptyState } from '../elements/EmptyState';
import { ErrorMessage } from '../elements/ErrorMessage';
import { FilterBar } from '../elements/Field';
import { Spinner } from '../elements/Spinner';
import { Table } from '../elements/Table';
import { useDebounced } from '../elements/useDebounced';
import { CopyField } from '../CopyField';
import { routeHash } from '../../routing/routes';
import { useOpenId } from '../../routing/useRoute';
import { EventRow } from './EventRow';
import { EventPage } from './EventPage';

/** What Paymenter sent, exactly as it arrived; one event on its own page when the address names it. */
export function InboxContainer({ webhookUrl }: { webhookUrl?: string }) {
    const openId = useOpenId('inbox');
    // The list stays mounted under an open event, so Back returns to it with its filters as they were.
    return (
        <>
            {openId !== null && <EventPage id={/^\d+$/.test(openId) ? Number(openId) : NaN} />}
            <div hidden={openId !== null}>
                <EventList webhookUrl={webhookUrl} />
            </div>
        </>
    );
}

function EventList({ webhookUrl }: { webhookUrl?: string }) {
    const [type, setType] = useState('');
    const [typed, setTyped] = useState('');
    const customer = useDebounced(typed.trim(), 300);
    const { items, hasMore, loadMore, loadingMore, error } = useEvents({
        type: type || undefined,
        customer: customer || undefined,
    });
    const filtered = Boolean(type || customer);

    return (
        <Card title={'Event inbox'} testId={'inbox'}>
            <p>
                Every event Paymenter sent, stored exactly as it arrived before the panel answered. Test pings are not
                stored. Deliveries the webhook refused are under <a href={routeHash('refused')}>Refused deliveries</a>.
            </p>
            <FilterBar role={'search'}>
                <label>
                    Type
                    <select aria-label={'Event type'} value={type} onChange={(e) => setType(e.target.value)}>
                        <option value={''}>any type</option>
                        {EVENT_TYPES.filter((t) => t !== 'ping').map((t) => (
                            <option key={t} value={t}>
                                {t}
                            </option>
                        ))}
                    </select>
                </label>
                <label style={{ flex: '1 1 220px' }}>
                    Customer or subscription
                    <input
                        type={'search'}
                        aria-label={'Filter by customer or subscription'}
                        placeholder={'e.g. sam@example.com or sub_1042'}
                        value={typed}
                        onChange={(e) => setTyped(e.target.value)}
                    />
                </label>
            </FilterBar>
            {error ? <ErrorMessage error={error} /> : null}
            {!items && !error && <Spinner label={'Loading events…'} />}
            {items?.length === 0 &&
                (filtered ? (
                    <EmptyState title={'No events match.'}>
                        Clear the filters, or try the start of any word of the email address, the customer id or the
                        subscription id.
                    </EmptyState>
                ) : (
                    <EmptyState title={'No events stored yet.'}>
                        Paste the webhook URL into Paymenter and press <strong>Test connection</strong>; real events
                        follow with the next order.
                        {webhookUrl && (
                            <div style={{ marginTop: 8, textAlign: 'left' }}>
                                <CopyField label={'Webhook URL'} value={webhookUrl} />
                            </div>
                        )}
                    </EmptyState>
                ))}
            {items && items.length > 0 && (
                <Table label={'Events'}>
                    <thead>
                        <tr>
                            <th>Received</th>
                            <th>Type</th>
                            <th>Subscription</th>
                            <th>Customer</th>
                            <th>Seq.</th>
                            <th>Applied</th>
                            <th />
                        </tr>
                    </thead>
                    <tbody>
                        {items.map((e) => (
                            <EventRow key={e.id} event={e} />
                        ))}
                    </tbody>
                </Table>
            )}
            {hasMore && (
                <Button $variant={'plain'} onClick={loadMore} disabled={loadingMore}>
                    {loadingMore ? 'Loading…' : 'Load more'}
                </Button>
            )}
        </Card>
    );
}
