import { useMemo, useState } from 'react';
import { LOG_OUTCOMES } from '../../../../contract/admin';
import { useCatalogue } from '../../api/catalogue';
import { type LogFilters, useLog } from '../../api/log';
import { LOG_ACTIONS } from '../../api/models';
import { Button } from '../elements/Button';
import { Card } from '../elements/Card';
import { EmptyState } from '../elements/EmptyState';
import { TimeRangeFilters } from '../elements/TimeRangeFilters';
import { ErrorMessage } from '../elements/ErrorMessage';
import { FilterBar } from '../elements/Field';
import { localToIso } from '../elements/format';
import { Spinner } from '../elements/Spinner';
import { Table } from '../elements/Table';
import { useDebounced } from '../elements/useDebounced';
import { collapseRepeats } from './collapseRepeats';
import { LogRow } from './LogRow';

interface Draft {
    customer: string;
    server: string;
    action: string;
    outcome: string;
    since: string;
    until: string;
}

const NONE: Draft = { customer: '', server: '', action: '', outcome: '', since: '', until: '' };

/** The draft as the API's filters: empty ones left out, dates as ISO-8601. */
export const toLogFilters = (d: Draft): LogFilters => ({
    customer: d.customer.trim() || undefined,
    server: d.server ? Number(d.server) : undefined,
    action: d.action || undefined,
    outcome: d.outcome || undefined,
    since: localToIso(d.since),
    until: localToIso(d.until),
});

/** Every grant, update and revoke Tiergate made on the panel, newest first, refreshing live. */
export function LogContainer() {
    const [draft, setDraft] = useState<Draft>(NONE);
    const [live, setLive] = useState(true);
    const settled = useDebounced(JSON.stringify(draft), 300);
    const filters = useMemo(() => toLogFilters(JSON.parse(settled) as Draft), [settled]);
    const { catalogue } = useCatalogue();
    const { items, hasMore, loadMore, loadingMore, error } = useLog(filters, live);
    const set = (key: keyof Draft) => (e: { target: { value: string } }) =>
        setDraft((d) => ({ ...d, [key]: e.target.value }));
    const filtered = Object.values(draft).some(Boolean);

    return (
        <Card
            title={'Provisioning log'}
            actions={
                <Button $variant={'plain'} $small aria-pressed={!live} onClick={() => setLive(!live)}>
                    {live ? '❚❚ Pause live updates' : '▶ Resume live updates'}
                </Button>
            }
        >
            <FilterBar role={'search'}>
                <label>
                    Subscriber
                    <input
                        type={'search'}
                        aria-label={'Filter by subscriber'}
                        placeholder={'e.g. sam@example.com or Sam_MC'}
                        value={draft.customer}
                        onChange={set('customer')}
                    />
                </label>
                <label>
                    Server
                    {catalogue ? (
                        <select aria-label={'Filter by server'} value={draft.server} onChange={set('server')}>
                            <option value={''}>any server</option>
                            {catalogue.servers.map((s) => (
                                <option key={s.id} value={s.id}>
                                    {s.name}
                                </option>
                            ))}
                        </select>
                    ) : (
                        <input
                            type={'number'}
                            min={1}
                            aria-label={'Filter by server'}
                            placeholder={'server id'}
                            value={draft.server}
                            onChange={set('server')}
                            style={{ width: 110 }}
                        />
                    )}
                </label>
                <label>
                    Action
                    <select aria-label={'Action'} value={draft.action} onChange={set('action')}>
                        <option value={''}>any action</option>
                        {LOG_ACTIONS.map((a) => (
                            <option key={a} value={a}>
                                {a}
                            </option>
                        ))}
                    </select>
                </label>
                <label>
                    Outcome
                    <select aria-label={'Outcome'} value={draft.outcome} onChange={set('outcome')}>
                        <option value={''}>any outcome</option>
                        {LOG_OUTCOMES.map((o) => (
                            <option key={o} value={o}>
                                {o}
                            </option>
                        ))}
                    </select>
                </label>
                <TimeRangeFilters
                    range={draft}
                    onChange={(range) => setDraft((d) => ({ ...d, ...range }))}
                    onClear={filtered ? () => setDraft(NONE) : null}
                />
            </FilterBar>
            {error ? <ErrorMessage error={error} /> : null}
            {!items && !error && <Spinner label={'Loading the log…'} />}
            {items?.length === 0 &&
                (filtered ? (
                    <EmptyState title={'No actions match.'}>Widen the time range or clear a filter.</EmptyState>
                ) : (
                    <EmptyState title={'No actions yet.'}>
                        Every grant, update and revoke Tiergate makes on the panel lands here. Map a product to a role
                        template and the next order shows up.
                    </EmptyState>
                ))}
            {items && items.length > 0 && (
                <Table label={'Provisioning log'}>
                    <thead>
                        <tr>
                            <th>When</th>
                            <th>Subscriber</th>
                            <th>Server</th>
                            <th>Action</th>
                            <th>Before → after</th>
                            <th>Outcome</th>
                            <th>Trigger</th>
                            <th>ms</th>
                        </tr>
                    </thead>
                    <tbody>
                        {collapseRepeats(items).map((g) => (
                            <LogRow
                                key={g.entry.id}
                                entry={g.entry}
                                repeats={g}
                                onFilterCustomer={(customer) => setDraft((d) => ({ ...d, customer }))}
                            />
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
