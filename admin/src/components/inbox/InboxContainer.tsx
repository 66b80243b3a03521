import { useState } from 'react';
import { EVENT_TYPES } from '../../../../contract/event';
import { useInboxEvents, useRejections } from '../../api/events';
import { Badge } from '../elements/Badge';
import { Button } from '../elements/Button';
import { Card, Row } from '../elements/Card';
import { EmptyState, ErrorMessage, Spinner } from '../elements/Feedback';
import { when } from '../elements/format';
import { Table } from '../elements/Table';
import { EventRow } from './EventRow';

export function InboxContainer() {
    const [type, setType] = useState('');
    const [customer, setCustomer] = useState('');
    const { events, hasMore, loadMore, error } = useInboxEvents({ type, customer });
    const { rejections, error: rejectionsError } = useRejections();

    return (
        <>
            <Card>
                <h3>Event inbox</h3>
                <p>Every event Paymenter sent, stored exactly as it arrived before the panel answered.</p>
                <Row>
                    <select aria-label={'Event type'} value={type} onChange={(e) => setType(e.target.value)}>
                        <option value={''}>any type</option>
                        {EVENT_TYPES.filter((t) => t !== 'ping').map((t) => <option key={t} value={t}>{t}</option>)}
                    </select>
                    <input type={'search'} aria-label={'Filter by customer or subscription'} placeholder={'customer or subscription id'} value={customer} onChange={(e) => setCustomer(e.target.value.trim())} />
                </Row>
                {error && <ErrorMessage error={error} />}
                {!events && !error && <Spinner />}
                {events?.length === 0 && <EmptyState title={'No events stored yet.'}>Paste the webhook URL into Paymenter and press "Test connection"; real events follow with the next order.</EmptyState>}
                {events && events.length > 0 && (
                    <Table>
                        <thead><tr><th>Received</th><th>Type</th><th>Subscription</th><th>Customer</th><th>Seq.</th><th>Applied</th><th /></tr></thead>
                        <tbody>{events.map((e) => <EventRow key={e.id} event={e} />)}</tbody>
                    </Table>
                )}
                {hasMore && <Button type={'button'} $variant={'plain'} onClick={loadMore}>Load more</Button>}
            </Card>
            <Card>
                <h3>Refused deliveries</h3>
                {rejectionsError && <ErrorMessage error={rejectionsError} />}
                {!rejections && !rejectionsError && <Spinner />}
                {rejections?.length === 0 && <EmptyState title={'Nothing refused.'}>When a delivery is refused (bad signature, wrong secret, clock skew…) it shows here with the reason.</EmptyState>}
                {rejections && rejections.length > 0 && (
                    <Table>
                        <thead><tr><th>When</th><th>Status</th><th>Reason</th><th>From</th><th>Size</th></tr></thead>
                        <tbody>
                            {rejections.map((r) => (
                                <tr key={r.id} data-testid={'rejection-row'}>
                                    <td style={{ whiteSpace: 'nowrap' }}>{when(r.at)}</td>
                                    <td><Badge $tone={'failed'}>{r.status}</Badge> <code>{r.code}</code></td>
                                    <td>{r.reason}</td>
                                    <td>{r.sourceIp}</td>
                                    <td>{r.bodySize} B</td>
                                </tr>
                            ))}
                        </tbody>
                    </Table>
                )}
            </Card>
        </>
    );
}
