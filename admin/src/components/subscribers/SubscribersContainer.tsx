import { useEffect, useRef, useState } from 'react';
import { SUBSCRIPTION_STATES, type Subscriber, type SubscriptionState } from '../../api/models';
import { useSubscribers } from '../../api/subscribers';
import { Badge } from '../elements/Badge';
import { Button, LinkButton } from '../elements/Button';
import { navigate, NAVIGATED } from '../../routing/navigate';
import { useCurrentRoute } from '../../routing/useRoute';
import { attentionHash, routeHash, subscriberHash } from '../../routing/routes';
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

/** The list, or one subscriber when the address names one (`#subscribers/<customer id>`). */
export function SubscribersContainer() {
    const route = useCurrentRoute();
    const openId = route.tab === 'subscribers' ? route.id : null;
    // The filter lives in the address (#subscribers?attention), so the list can be linked to and pasted.
    const attention = route.tab === 'subscribers' && route.attention;
    const setAttention = (on: boolean) => {
        window.history.replaceState(null, '', on ? attentionHash : routeHash('subscribers'));
        window.dispatchEvent(new Event(NAVIGATED));
    };
    const wasOpen = useRef(false);
    const [typed, setTyped] = useState('');
    const search = useDebounced(typed.trim(), 300);
    const [state, setState] = useState<SubscriptionState | ''>('');
    const { items, hasMore, loadMore, loadingMore, error, mutate } = useSubscribers({
        search,
        state: state || undefined,
        attention,
    });

    useEffect(() => {
        // Back from a subscriber: the list may have changed (an action, a reconcile).
        if (openId === null && wasOpen.current) void mutate();
        wasOpen.current = openId !== null;
    }, [openId]); // eslint-disable-line react-hooks/exhaustive-deps

    if (openId !== null) return <SubscriberDetail customerId={openId} />;

    return (
        <Card title={'Subscribers'}>
            <FilterBar role={'search'}>
                <label style={{ flex: '1 1 260px' }}>
                    Search
                    <input
                        type={'search'}
                        aria-label={'Search subscribers'}
                        placeholder={'e.g. sam@example.com, Sam or Sam_MC'}
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
                        Try the start of the email address (or of any word in it), the name or the in-game name, or
                        clear the state filter.
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
                                            onOpen={() => navigate('subscribers', s.customerId)}
                                            onFixed={() => void mutate()}
                                        />
                                    </td>
                                ) : (
                                    <td className={'nowrap'}>{when(graceDeadline(s))}</td>
                                )}
                                <td>{s.serversGranted}</td>
                                <td>
                                    <LinkButton href={subscriberHash(s.customerId)}>Open</LinkButton>
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
