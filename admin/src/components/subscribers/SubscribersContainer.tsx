import { useEffect, useState } from 'react';
import { SUBSCRIPTION_STATES, type Subscriber, type SubscriptionState } from '../../api/models';
import { attentionFilterRequested, clearAttentionRequest, useSubscribers } from '../../api/subscribers';
import { Badge } from '../elements/Badge';
import { Button } from '../elements/Button';
import { Card, Muted } from '../elements/Card';
import { EmptyState } from '../elements/EmptyState';
import { ErrorMessage } from '../elements/ErrorMessage';
import { FilterBar } from '../elements/Field';
import { when } from '../elements/format';
import { Spinner } from '../elements/Spinner';
import { Table } from '../elements/Table';
import { useDebounced } from '../elements/useDebounced';
import { AttentionFixCell } from './AttentionFixCell';
import { SubscriberDetail } from './SubscriberDetail';

/** The earliest grace deadline among a subscriber's subscriptions. */
const graceDeadline = (s: Subscriber): Date | null =>
    s.subscriptions
        .map((x) => x.graceUntil)
        .filter((d): d is Date => d !== null)
        .sort((a, b) => a.getTime() - b.getTime())[0] ?? null;

export function SubscribersContainer() {
    const [typed, setTyped] = useState('');
    const search = useDebounced(typed.trim(), 300);
    const [state, setState] = useState<SubscriptionState | ''>('');
    const [attention, setAttention] = useState(attentionFilterRequested);
    const [open, setOpen] = useState<string | null>(null);
    const { items, hasMore, loadMore, loadingMore, error, mutate } = useSubscribers({
        search,
        state: state || undefined,
        attention,
    });
    useEffect(clearAttentionRequest, []);

    if (open)
        return (
            <SubscriberDetail
                customerId={open}
                onBack={() => {
                    setOpen(null);
                    void mutate();
                }}
            />
        );

    return (
        <Card title={'Subscribers'}>
            <FilterBar role={'search'}>
                <label style={{ flex: '1 1 260px' }}>
                    Search
                    <input
                        type={'search'}
                        aria-label={'Search subscribers'}
                        placeholder={'email, name, username or subscription id'}
                        value={typed}
                        onChange={(e) => setTyped(e.target.value)}
                    />
                </label>
                <label>
                    State
                    <select
                        aria-label={'State'}
                        value={state}
                        onChange={(e) => setState(e.target.value as SubscriptionState | '')}
                    >
                        <option value={''}>any state</option>
                        {SUBSCRIPTION_STATES.map((s) => (
                            <option key={s} value={s}>
                                {s}
                            </option>
                        ))}
                    </select>
                </label>
                <label style={{ flexDirection: 'row', alignItems: 'center', gap: 6 }}>
                    <input type={'checkbox'} checked={attention} onChange={(e) => setAttention(e.target.checked)} />
                    Only those needing attention
                </label>
            </FilterBar>
            {error ? <ErrorMessage error={error} /> : null}
            {!items && !error && <Spinner label={'Loading subscribers…'} />}
            {items?.length === 0 &&
                (attention && !search && !state ? (
                    <EmptyState title={'Nobody needs attention.'}>
                        Every subscriber's last reconcile went through.
                    </EmptyState>
                ) : search || state || attention ? (
                    <EmptyState title={'Nobody matches.'}>
                        Try part of the email address or the full subscription id, or clear the state filter.
                    </EmptyState>
                ) : (
                    <EmptyState title={'No subscribers yet.'}>
                        They appear as soon as Paymenter sends its first event for a tier product. Expected some? Look
                        under Event inbox for refused deliveries.
                    </EmptyState>
                ))}
            {items && items.length > 0 && (
                <Table label={'Subscribers'}>
                    <thead>
                        <tr>
                            <th>Subscriber</th>
                            <th>Tiers</th>
                            <th>State</th>
                            {attention ? <th>Why · fix</th> : <th>Grace deadline</th>}
                            <th>Servers</th>
                            <th />
                        </tr>
                    </thead>
                    <tbody>
                        {items.map((s) => (
                            <tr key={s.customerId} data-testid={'subscriber-row'} data-problem={s.needsAttention}>
                                <td>
                                    {s.email ?? <code>{s.customerId}</code>}
                                    {s.username && (
                                        <div>
                                            <Muted>{s.username}</Muted>
                                        </div>
                                    )}
                                </td>
                                <td>
                                    {s.subscriptions
                                        .map((x) => x.tier ?? `${x.productKey ?? '?'} (unmapped)`)
                                        .join(', ')}
                                </td>
                                <td>
                                    {s.subscriptions.map((x) => (
                                        <Badge key={x.subscriptionId} $tone={x.state}>
                                            {x.state}
                                        </Badge>
                                    ))}
                                    {s.override && (
                                        <Badge
                                            $tone={s.override.kind}
                                            title={
                                                s.override.until ? `until ${when(s.override.until)}` : 'until resumed'
                                            }
                                        >
                                            admin {s.override.kind}
                                        </Badge>
                                    )}
                                    {s.needsAttention && <Badge $tone={'attention'}>needs attention</Badge>}
                                </td>
                                {attention ? (
                                    <td>
                                        <AttentionFixCell
                                            subscriber={s}
                                            onOpen={() => setOpen(s.customerId)}
                                            onFixed={() => void mutate()}
                                        />
                                    </td>
                                ) : (
                                    <td className={'nowrap'}>{when(graceDeadline(s))}</td>
                                )}
                                <td>{s.serversGranted}</td>
                                <td>
                                    <Button $variant={'plain'} $small onClick={() => setOpen(s.customerId)}>
                                        Open
                                    </Button>
                                </td>
                            </tr>
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
