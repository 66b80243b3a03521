import { useOverview } from '../../api/overview';
import { Badge } from '../elements/Badge';
import { Card, Row } from '../elements/Card';
import { EmptyState, ErrorMessage, Spinner } from '../elements/Feedback';
import { ago } from '../elements/format';
import { Table } from '../elements/Table';
import { CopyField } from '../CopyField';
import { EventsChart } from './EventsChart';
import { ReconcileAllButton } from './ReconcileAllButton';

export function OverviewContainer({ onNavigate }: { onNavigate: (tab: 'products' | 'settings' | 'subscribers') => void }) {
    const { overview: o, error } = useOverview();
    if (error) return <ErrorMessage error={error} />;
    if (!o) return <Spinner />;

    return (
        <>
            <Card>
                <h3>Connect Paymenter</h3>
                <p>Paste this webhook URL into the Tiergate extension's settings in your Paymenter admin area.</p>
                <CopyField label={'Webhook URL'} value={o.webhookUrl} />
                {!o.secretConfigured && (
                    <EmptyState title={'No webhook secret yet: every event is refused until there is one.'}>
                        <button type={'button'} onClick={() => onNavigate('settings')}>Generate it under Settings</button> and paste it into Paymenter too.
                    </EmptyState>
                )}
            </Card>
            <Card>
                <h3>Health</h3>
                <Table>
                    <tbody>
                        <tr><th>Last event received</th><td>{ago(o.lastEventAt)}</td></tr>
                        <tr><th>Last test ping from Paymenter</th><td>{ago(o.lastPingAt)}</td></tr>
                        <tr><th>Queue worker</th><td>{o.workerAlive ? <Badge $tone={'ok'}>alive</Badge> : <Badge $tone={'failed'}>no heartbeat</Badge>} {!o.workerAlive && 'Check that the panel\'s queue worker (pteroq) and its cron are running.'}</td></tr>
                        <tr><th>Events waiting to be applied</th><td>{o.pendingEvents}</td></tr>
                        <tr><th>Retrying</th><td>{o.retrying}</td></tr>
                        <tr><th>Needs attention</th><td>{o.needsAttention > 0 ? <button type={'button'} onClick={() => onNavigate('subscribers')}>{o.needsAttention} subscriber(s)</button> : 0}</td></tr>
                    </tbody>
                </Table>
            </Card>
            <Card>
                <h3>Subscribers by state</h3>
                <Row>
                    {Object.entries(o.subscribersByState).map(([state, n]) => (
                        <span key={state}><Badge $tone={state}>{state}</Badge> {n}</span>
                    ))}
                </Row>
                {o.unmappedProducts.length > 0 && (
                    <EmptyState title={`Unmapped product(s): ${o.unmappedProducts.join(', ')}`}>
                        Their subscribers get nothing until you <button type={'button'} onClick={() => onNavigate('products')}>map them to a template</button>.
                    </EmptyState>
                )}
            </Card>
            <Card>
                <h3>Events per day</h3>
                {o.eventsPerDay.every((d) => d.count === 0) ? (
                    <EmptyState title={'No events in the last 14 days.'}>Paste the webhook URL into Paymenter and press its "Test connection" button.</EmptyState>
                ) : (
                    <EventsChart days={o.eventsPerDay} />
                )}
            </Card>
            <Card>
                <h3>Reconcile</h3>
                <p>Runs on its own every few minutes; start it now after changing many templates at once.</p>
                <ReconcileAllButton />
            </Card>
        </>
    );
}
