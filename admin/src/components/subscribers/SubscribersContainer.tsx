import { useEffect, useState } from 'react';
import { useSubscribers } from '../../api/subscribers';
import { Badge } from '../elements/Badge';
import { Button } from '../elements/Button';
import { Card, Muted, Row } from '../elements/Card';
import { EmptyState, ErrorMessage, Spinner } from '../elements/Feedback';
import { when } from '../elements/format';
import { Table } from '../elements/Table';
import { SubscriberDetail } from './SubscriberDetail';

const STATES = ['', 'active', 'grace', 'suspended', 'pending', 'ended'];

export function SubscribersContainer() {
    const [typed, setTyped] = useState('');
    const [search, setSearch] = useState('');
    const [state, setState] = useState('');
    const [open, setOpen] = useState<string | null>(null);
    const { subscribers, hasMore, loadMore, loadingMore, error, mutate } = useSubscribers({ search, state });

    useEffect(() => {
        const t = setTimeout(() => setSearch(typed.trim()), 300);
        return () => clearTimeout(t);
    }, [typed]);

    if (open) return <SubscriberDetail customerId={open} onBack={() => { setOpen(null); mutate(); }} />;

    return (
        <Card>
            <h3>Subscribers</h3>
            <Row>
                <input type={'search'} aria-label={'Search subscribers'} placeholder={'email, name, username or subscription id'} value={typed} onChange={(e) => setTyped(e.target.value)} style={{ minWidth: 260 }} />
                <select aria-label={'State'} value={state} onChange={(e) => setState(e.target.value)}>
                    {STATES.map((s) => <option key={s} value={s}>{s || 'any state'}</option>)}
                </select>
            </Row>
            {error && <ErrorMessage error={error} />}
            {!subscribers && !error && <Spinner />}
            {subscribers?.length === 0 && (search || state
                ? <EmptyState title={'Nobody matches.'}>Try part of the email address, or clear the state filter.</EmptyState>
                : <EmptyState title={'No subscribers yet.'}>They appear as soon as Paymenter sends its first event. Check the Event inbox for refused deliveries if you expected some.</EmptyState>)}
            {subscribers && subscribers.length > 0 && (
                <Table>
                    <thead><tr><th>Subscriber</th><th>Tiers</th><th>State</th><th>Grace deadline</th><th>Servers</th><th /></tr></thead>
                    <tbody>
                        {subscribers.map((s) => (
                            <tr key={s.customerId} data-problem={s.needsAttention}>
                                <td>{s.email ?? s.customerId}{s.username && <div><Muted>{s.username}</Muted></div>}</td>
                                <td>{s.subscriptions.map((x) => x.tier ?? `${x.productKey} (unmapped)`).join(', ')}</td>
                                <td>{s.subscriptions.map((x) => <Badge key={x.subscriptionId} $tone={x.state}>{x.state}</Badge>)} {s.needsAttention && <Badge $tone={'failed'}>needs attention</Badge>}</td>
                                <td>{when(s.subscriptions.find((x) => x.graceUntil)?.graceUntil)}</td>
                                <td>{s.serversGranted}</td>
                                <td><Button type={'button'} $variant={'plain'} onClick={() => setOpen(s.customerId)}>Open</Button></td>
                            </tr>
                        ))}
                    </tbody>
                </Table>
            )}
            {hasMore && <Button type={'button'} $variant={'plain'} onClick={loadMore} disabled={loadingMore}>{loadingMore ? 'Loading…' : 'Load more'}</Button>}
        </Card>
    );
}
