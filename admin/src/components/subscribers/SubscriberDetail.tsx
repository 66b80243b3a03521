import { useSubscriber } from '../../api/subscribers';
import { Badge } from '../elements/Badge';
import { Button } from '../elements/Button';
import { Card, Muted, Row } from '../elements/Card';
import { EmptyState, ErrorMessage, Spinner } from '../elements/Feedback';
import { when } from '../elements/format';
import { Table } from '../elements/Table';
import { SubscriberActions } from './SubscriberActions';

export function SubscriberDetail({ customerId, onBack }: { customerId: string; onBack: () => void }) {
    const { detail, error, mutate } = useSubscriber(customerId);
    if (error) return <ErrorMessage error={error} />;
    if (!detail) return <Spinner />;
    const s = detail.subscriber;

    return (
        <>
            <Card>
                <Row>
                    <Button type={'button'} $variant={'plain'} onClick={onBack}>← All subscribers</Button>
                    <h3 style={{ flex: 1, margin: 0 }}>{s.email ?? s.customerId}</h3>
                </Row>
                <p>
                    Customer <code>{s.customerId}</code>, panel account {s.username ? <code>{s.username}</code> : <Muted>none yet</Muted>}
                    {s.override && <> — <Badge $tone={s.override.kind === 'grant' ? 'active' : 'suspended'}>admin {s.override.kind}</Badge> until {s.override.until ? when(s.override.until) : 'resumed'}</>}
                </p>
                <SubscriberActions customerId={customerId} onDone={() => mutate()} />
            </Card>
            <Card>
                <h3>Subscriptions</h3>
                <Table>
                    <thead><tr><th>Subscription</th><th>Product</th><th>Tier</th><th>State</th><th>Why</th><th>Deadline</th></tr></thead>
                    <tbody>
                        {s.subscriptions.map((x) => (
                            <tr key={x.subscriptionId} data-problem={x.needsAttention}>
                                <td><code>{x.subscriptionId}</code></td>
                                <td>{x.productKey}</td>
                                <td>{x.tier ?? <Badge $tone={'conflict'}>unmapped</Badge>}</td>
                                <td><Badge $tone={x.state}>{x.state}</Badge></td>
                                <td>{x.reason}{x.lastError && <div><Muted>{x.lastError}</Muted></div>}</td>
                                <td>{x.graceUntil ? `grace until ${when(x.graceUntil)}` : x.accessUntil ? `access until ${when(x.accessUntil)}` : '—'}</td>
                            </tr>
                        ))}
                    </tbody>
                </Table>
            </Card>
            <Card>
                <h3>Access granted ({detail.grants.length} server{detail.grants.length === 1 ? '' : 's'})</h3>
                {detail.grants.length === 0 ? <EmptyState title={'No access on any server right now.'} /> : (
                    <Table>
                        <thead><tr><th>Server</th><th>Permissions</th></tr></thead>
                        <tbody>
                            {detail.grants.map((g) => (
                                <tr key={g.serverId}><td>{g.serverName}{g.revocationPending && <> <Badge $tone={'conflict'}>token revocation pending</Badge></>}</td><td>{g.permissions.join(', ')}</td></tr>
                            ))}
                        </tbody>
                    </Table>
                )}
            </Card>
            <Card>
                <h3>Timeline</h3>
                <Table>
                    <tbody>
                        {detail.timeline.map((t, i) => (
                            <tr key={i} data-problem={t.outcome === 'failed' || t.outcome === 'conflict'}>
                                <td style={{ whiteSpace: 'nowrap' }}>{when(t.at)}</td>
                                <td>{t.kind === 'event' ? 'Paymenter' : 'Tiergate'}</td>
                                <td><strong>{t.title}</strong><div><Muted>{t.detail}</Muted></div></td>
                                <td>{t.outcome && <Badge $tone={t.outcome}>{t.outcome}</Badge>}</td>
                            </tr>
                        ))}
                    </tbody>
                </Table>
            </Card>
        </>
    );
}
