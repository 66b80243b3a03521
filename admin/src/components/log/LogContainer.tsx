import { useState } from 'react';
import { LOG_OUTCOMES, type LogFilters } from '../../../../contract/admin';
import { useProvisioningLog } from '../../api/log';
import { Badge } from '../elements/Badge';
import { Button } from '../elements/Button';
import { Card, Muted, Row } from '../elements/Card';
import { EmptyState, ErrorMessage, Spinner } from '../elements/Feedback';
import { when } from '../elements/format';
import { Table } from '../elements/Table';

const ACTIONS = ['', 'grant', 'update', 'revoke', 'email.update', 'account.link'];

export function LogContainer() {
    const [filters, setFilters] = useState<LogFilters>({});
    const [live, setLive] = useState(true);
    const { entries, hasMore, loadMore, error } = useProvisioningLog(filters, live);
    const set = (key: keyof LogFilters, value: string) => setFilters((f) => ({ ...f, [key]: value || undefined }));

    return (
        <Card>
            <h3>Provisioning log</h3>
            <Row>
                <input type={'search'} aria-label={'Filter by subscriber'} placeholder={'customer id'} onChange={(e) => set('customer', e.target.value.trim())} />
                <input type={'number'} aria-label={'Filter by server id'} placeholder={'server id'} onChange={(e) => set('server', e.target.value)} style={{ width: 110 }} />
                <select aria-label={'Action'} onChange={(e) => set('action', e.target.value)}>{ACTIONS.map((a) => <option key={a} value={a}>{a || 'any action'}</option>)}</select>
                <select aria-label={'Outcome'} onChange={(e) => set('outcome', e.target.value)}>{['', ...LOG_OUTCOMES].map((o) => <option key={o} value={o}>{o || 'any outcome'}</option>)}</select>
                <label>since <input type={'datetime-local'} aria-label={'Since'} onChange={(e) => set('since', e.target.value ? new Date(e.target.value).toISOString() : '')} /></label>
                <label>until <input type={'datetime-local'} aria-label={'Until'} onChange={(e) => set('until', e.target.value ? new Date(e.target.value).toISOString() : '')} /></label>
                <label><input type={'checkbox'} checked={live} onChange={(e) => setLive(e.target.checked)} /> live</label>
            </Row>
            {error && <ErrorMessage error={error} />}
            {!entries && !error && <Spinner />}
            {entries?.length === 0 && <EmptyState title={'No actions match.'}>Every grant, update and revoke Tiergate makes on the panel lands here.</EmptyState>}
            {entries && entries.length > 0 && (
                <Table>
                    <thead><tr><th>When</th><th>Subscriber</th><th>Server</th><th>Action</th><th>Before → after</th><th>Outcome</th><th>Trigger</th><th>ms</th></tr></thead>
                    <tbody>
                        {entries.map((l) => (
                            <tr key={l.id} data-problem={l.outcome !== 'ok'} data-testid={'log-row'}>
                                <td style={{ whiteSpace: 'nowrap' }}>{when(l.at)}</td>
                                <td><code>{l.customerId}</code></td>
                                <td>{l.serverName ?? l.serverId ?? '—'}</td>
                                <td>{l.action}</td>
                                <td><Muted>[{l.before}] → [{l.after}]</Muted></td>
                                <td><Badge $tone={l.outcome}>{l.outcome}</Badge>{l.error && <div><Muted>{l.error}</Muted></div>}</td>
                                <td><Muted>{l.trigger}{l.triggerRef ? `: ${l.triggerRef}` : ''}</Muted></td>
                                <td>{l.durationMs}</td>
                            </tr>
                        ))}
                    </tbody>
                </Table>
            )}
            {hasMore && <Button type={'button'} $variant={'plain'} onClick={loadMore}>Load more</Button>}
        </Card>
    );
}
