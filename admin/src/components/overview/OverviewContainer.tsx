import styled from 'styled-components';
import { markWebhookUrlCopied } from '../../api/mode';
import { useOverview } from '../../api/overview';
import { SUBSCRIPTION_STATES } from '../../api/models';
import { Badge } from '../elements/Badge';
import { Button } from '../elements/Button';
import { Card, Grid, Muted } from '../elements/Card';
import { EmptyState } from '../elements/EmptyState';
import { ErrorMessage, Notice } from '../elements/ErrorMessage';
import { ago, plural, when } from '../elements/format';
import { Spinner } from '../elements/Spinner';
import { Table } from '../elements/Table';
import { CopyField } from '../CopyField';
import { attentionHash } from '../../routing/routes';
import { EventsChart } from './EventsChart';
import { ReconcileAllButton } from './ReconcileAllButton';
import { SetupChecklist } from './SetupChecklist';

type Target = 'products' | 'settings' | 'subscribers' | 'inbox' | 'log';

const States = styled.ul`
    display: flex;
    flex-wrap: wrap;
    gap: 8px 18px;
    list-style: none;
    margin: 0 0 8px;
    padding: 0;
    li {
        display: flex;
        align-items: center;
        gap: 4px;
    }
    strong {
        font-size: 18px;
        font-weight: 600;
    }
`;

const STATE_HELP: Record<string, string> = {
    pending: 'waiting for a first payment',
    active: 'paid up',
    grace: 'payment failed, access continues until the grace deadline',
    suspended: 'access removed until they pay',
    ended: 'cancelled or terminated',
};

/** Health at a glance, and what to do about whatever is wrong. */
export function OverviewContainer({
    webhookUrl,
    onNavigate,
}: {
    webhookUrl?: string;
    onNavigate: (tab: Target) => void;
}) {
    const { overview: o, error, mutate } = useOverview();
    if (error) return <ErrorMessage error={error} />;
    if (!o) return <Spinner label={'Loading the overview…'} />;
    const quiet = o.eventsPerDay.every((d) => d.count === 0);
    // The one checklist step the panel cannot see by itself; failing to record it only leaves the box unticked.
    const copied = () =>
        !o.setup.webhook_url_copied &&
        markWebhookUrlCopied().then(
            () => mutate(),
            () => undefined,
        );

    return (
        <>
            <SetupChecklist overview={o} onChanged={() => mutate()} />

            <Card title={'Connect Paymenter'} testId={'overview-connect'}>
                <p>Paste this webhook URL into the Tiergate server you add in Paymenter's admin area.</p>
                <CopyField label={'Webhook URL'} value={o.webhookUrl || webhookUrl || ''} onCopied={copied} />
                {o.secretConfigured ? (
                    <p>
                        <Badge $tone={'ok'}>secret set</Badge> The webhook secret is configured; rotate it under
                        Settings.
                    </p>
                ) : (
                    <Notice tone={'error'} testId={'secret-missing'}>
                        <strong>No webhook secret yet: every event is refused until there is one.</strong>{' '}
                        <Button $variant={'link'} onClick={() => onNavigate('settings')}>
                            Generate it under Settings
                        </Button>{' '}
                        (or run <code>php artisan tiergate:secret</code>) and paste it into the same Tiergate server in
                        Paymenter.
                    </Notice>
                )}
            </Card>

            <Grid>
                <Card title={'Health'} testId={'overview-health'}>
                    <Table label={'Health'}>
                        <tbody>
                            <tr>
                                <th>Last event received</th>
                                <td title={when(o.lastEventAt)}>{ago(o.lastEventAt)}</td>
                            </tr>
                            <tr>
                                <th>Last test ping from Paymenter</th>
                                <td title={when(o.lastPaymenterPingAt)} data-testid={'paymenter-ping'}>
                                    {ago(o.lastPaymenterPingAt)}
                                    {!o.lastPaymenterPingAt && !o.lastEventAt && (
                                        <div>
                                            <Muted>Press "Test connection" on the Tiergate server in Paymenter.</Muted>
                                        </div>
                                    )}
                                </td>
                            </tr>
                            <tr>
                                <th>Last self-test</th>
                                <td title={when(o.lastSelfTestAt)} data-testid={'self-test'}>
                                    {ago(o.lastSelfTestAt)} <Muted>(Settings → Send a test event)</Muted>
                                </td>
                            </tr>
                            <tr data-problem={!o.workerAlive}>
                                <th>Queue worker</th>
                                <td>
                                    {o.workerAlive ? (
                                        <Badge $tone={'alive'}>alive</Badge>
                                    ) : (
                                        <Badge $tone={'dead'}>no heartbeat</Badge>
                                    )}{' '}
                                    {o.workerHeartbeatAt && <Muted>last beat {ago(o.workerHeartbeatAt)}</Muted>}
                                    {!o.workerAlive && (
                                        <div>
                                            Events are stored but not applied. Start the panel's queue worker (
                                            <code>pteroq</code>) and check its <code>schedule:run</code> cron.
                                        </div>
                                    )}
                                </td>
                            </tr>
                            <tr>
                                <th>Events waiting</th>
                                <td data-testid={'pending-count'}>{o.pendingEvents}</td>
                            </tr>
                            <tr data-problem={o.retrying > 0}>
                                <th>Retrying</th>
                                <td data-testid={'retrying-count'}>
                                    {o.retrying}
                                    {o.retrying > 0 && (
                                        <>
                                            {' '}
                                            <Button $variant={'link'} onClick={() => onNavigate('log')}>
                                                see the provisioning log
                                            </Button>
                                        </>
                                    )}
                                </td>
                            </tr>
                            <tr data-problem={o.needsAttention > 0}>
                                <th>Needs attention</th>
                                <td data-testid={'attention-count'}>
                                    {o.needsAttention > 0 ? (
                                        <a href={attentionHash}>{plural(o.needsAttention, 'subscriber')}</a>
                                    ) : (
                                        0
                                    )}
                                </td>
                            </tr>
                        </tbody>
                    </Table>
                </Card>

                <Card title={'Subscribers by state'} testId={'overview-states'}>
                    <States>
                        {SUBSCRIPTION_STATES.map((state) => (
                            <li key={state} title={STATE_HELP[state]} data-testid={`state-${state}`}>
                                <Badge $tone={state}>{state}</Badge>
                                <strong>{o.subscribersByState[state]}</strong>
                            </li>
                        ))}
                    </States>
                    {o.unmappedProducts.length > 0 ? (
                        <Notice tone={'warning'} testId={'unmapped-products'}>
                            <strong>Unmapped product(s): {o.unmappedProducts.join(', ')}</strong>. Their subscribers get
                            nothing until you{' '}
                            <Button $variant={'link'} onClick={() => onNavigate('products')}>
                                map them to a role template under Products
                            </Button>
                            .
                        </Notice>
                    ) : (
                        <Muted>Every product seen in events is mapped to a role template.</Muted>
                    )}
                </Card>
            </Grid>

            <Card title={'Events per day'} testId={'overview-events'}>
                {quiet ? (
                    <EmptyState title={'No events in the last 14 days.'}>
                        Paste the webhook URL into Paymenter and press <strong>Test connection</strong>; orders,
                        renewals and cancellations show up here as they happen.
                    </EmptyState>
                ) : (
                    <EventsChart days={o.eventsPerDay} />
                )}
            </Card>

            <Card title={'Reconcile everything'}>
                <p>
                    Tiergate reconciles on its own after every event and on a schedule. Run it for everyone now after
                    changing many templates, or after restoring a backup.
                </p>
                <ReconcileAllButton onFinished={() => mutate()} />
            </Card>
        </>
    );
}
