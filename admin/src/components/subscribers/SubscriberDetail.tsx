import { useOverview } from '../../api/overview';
import { useSubscriber } from '../../api/subscribers';
import { Badge } from '../elements/Badge';
import { LinkButton } from '../elements/Button';
import { routeHash } from '../../routing/routes';
import { Card, Muted } from '../elements/Card';
import { EmptyState } from '../elements/EmptyState';
import { ErrorMessage } from '../elements/ErrorMessage';
import { when } from '../elements/format';
import { Spinner } from '../elements/Spinner';
import { Table } from '../elements/Table';
import { ApplySubscriberButton } from './ApplySubscriberButton';
import { InGameCard } from './InGameCard';
import { SubscriberActions } from './SubscriberActions';
import { SubscriberPlan } from './SubscriberPlan';

const deadline = (x: { state: string; graceUntil: Date | null; accessUntil: Date | null }) =>
    x.graceUntil ? `grace until ${when(x.graceUntil)}` : x.accessUntil ? `access until ${when(x.accessUntil)}` : '—';

/** One subscriber: subscriptions, access per server, the timeline, and the admin's actions. */
export function SubscriberDetail({ customerId }: { customerId: string }) {
    const { detail, error, mutate } = useSubscriber(customerId);
    const { overview, mutate: refreshOverview } = useOverview();
    const back = <LinkButton href={routeHash('subscribers')}>← All subscribers</LinkButton>;
    if (error)
        return (
            <Card title={`Subscriber ${customerId}`} actions={back}>
                <ErrorMessage error={error} />
            </Card>
        );
    if (!detail) return <Spinner label={'Loading the subscriber…'} />;
    const s = detail.subscriber;
    // Applying one subscriber by hand is the shadow review step; paused, nothing is applied at all.
    const shadow = overview?.mode.mode === 'shadow' && !overview.mode.paused;
    const applied = () => {
        void mutate();
        void refreshOverview();
    };

    return (
        <div data-testid={'subscriber-detail'}>
            <Card
                title={
                    <>
                        {s.email ?? s.customerId}{' '}
                        {s.needsAttention && <Badge $tone={'attention'}>needs attention</Badge>}
                    </>
                }
                actions={back}
            >
                <p>
                    Customer <code>{s.customerId}</code> · panel account{' '}
                    {s.username ? (
                        <code>{s.username}</code>
                    ) : (
                        <Muted>none yet (created with the first paid subscription)</Muted>
                    )}{' '}
                    · {s.serversGranted} server(s) granted
                </p>
                {s.override && (
                    <p data-testid={'override'}>
                        <Badge $tone={s.override.kind}>admin {s.override.kind}</Badge>{' '}
                        {s.override.until ? `until ${when(s.override.until)}` : 'until resumed'}: billing does not
                        decide while this lasts.
                    </p>
                )}
                <SubscriberActions subscriber={s} onDone={() => void mutate()} />
            </Card>

            <SubscriberPlan
                plan={detail.plan}
                panelAccess={detail.panelAccess}
                hasAccount={s.userId !== null}
                apply={
                    shadow && <ApplySubscriberButton subscriber={s} changes={detail.plan.length} onApplied={applied} />
                }
            />

            <Card title={'Subscriptions'}>
                <Table label={'Subscriptions'}>
                    <thead>
                        <tr>
                            <th>Subscription</th>
                            <th>Product</th>
                            <th>Tier</th>
                            <th>State</th>
                            <th>Why</th>
                            <th>Deadline</th>
                            <th>Reconciled</th>
                        </tr>
                    </thead>
                    <tbody>
                        {s.subscriptions.map((x) => (
                            <tr key={x.subscriptionId} data-problem={x.needsAttention}>
                                <td>
                                    <code>{x.subscriptionId}</code>
                                </td>
                                <td>{x.productKey ?? '—'}</td>
                                <td>{x.tier ?? <Badge $tone={'unmapped'}>unmapped</Badge>}</td>
                                <td>
                                    <Badge $tone={x.state}>{x.state}</Badge>
                                </td>
                                <td>
                                    {x.reason}
                                    {x.lastError && (
                                        <div>
                                            <Muted>{x.lastError}</Muted>
                                        </div>
                                    )}
                                </td>
                                <td className={'nowrap'}>{deadline(x)}</td>
                                <td className={'nowrap'}>
                                    <Muted>{when(x.reconciledAt)}</Muted>
                                </td>
                            </tr>
                        ))}
                    </tbody>
                </Table>
            </Card>

            <Card title={`Access granted (${detail.grants.length} server${detail.grants.length === 1 ? '' : 's'})`}>
                {detail.grants.length === 0 ? (
                    <EmptyState title={'No access on any server right now.'}>
                        {s.override?.kind === 'suspend'
                            ? `An admin suspend is active (${s.override.until ? `until ${when(s.override.until)}` : 'until resumed'}): that is why. Resume hands the decision back to billing.`
                            : 'If they should have some, check that their product is mapped to a role template, then press Reconcile now.'}
                    </EmptyState>
                ) : (
                    <Table label={'Grants'}>
                        <thead>
                            <tr>
                                <th>Server</th>
                                <th>Permissions</th>
                                <th>Applied</th>
                            </tr>
                        </thead>
                        <tbody>
                            {detail.grants.map((g) => (
                                <tr key={g.serverId} data-testid={'grant-row'}>
                                    <td>
                                        {g.serverName}
                                        {g.revocationPending && (
                                            <>
                                                {' '}
                                                <Badge
                                                    $tone={'conflict'}
                                                    title={'Wings was unreachable; retried on its own'}
                                                >
                                                    token revocation pending
                                                </Badge>
                                            </>
                                        )}
                                    </td>
                                    <td>
                                        {g.permissions.map((p) => (
                                            <code key={p} style={{ marginRight: 4 }}>
                                                {p}
                                            </code>
                                        ))}
                                    </td>
                                    <td className={'nowrap'}>
                                        <Muted>{when(g.appliedAt)}</Muted>
                                    </td>
                                </tr>
                            ))}
                        </tbody>
                    </Table>
                )}
            </Card>

            <InGameCard customerId={customerId} />
            <Card title={'Timeline'}>
                {detail.timeline.length === 0 ? (
                    <EmptyState title={'Nothing has happened yet.'} />
                ) : (
                    <Table label={'Timeline'}>
                        <thead>
                            <tr>
                                <th>When</th>
                                <th>From</th>
                                <th>What</th>
                                <th>Outcome</th>
                            </tr>
                        </thead>
                        <tbody>
                            {detail.timeline.map((t, i) => (
                                <tr
                                    key={i}
                                    data-testid={'timeline-entry'}
                                    data-problem={t.outcome === 'failed' || t.outcome === 'conflict'}
                                >
                                    <td className={'nowrap'}>{when(t.at)}</td>
                                    <td>
                                        {t.kind === 'event' ? (
                                            <Badge $tone={'pending'}>Paymenter</Badge>
                                        ) : (
                                            <Badge $tone={'ended'}>Tiergate</Badge>
                                        )}
                                    </td>
                                    <td>
                                        <strong>{t.title}</strong>
                                        {t.detail && (
                                            <div>
                                                <Muted>{t.detail}</Muted>
                                            </div>
                                        )}
                                    </td>
                                    <td>{t.outcome && <Badge $tone={t.outcome}>{t.outcome}</Badge>}</td>
                                </tr>
                            ))}
                        </tbody>
                    </Table>
                )}
            </Card>
        </div>
    );
}
