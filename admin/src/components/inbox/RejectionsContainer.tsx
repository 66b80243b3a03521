import { useMemo, useState } from 'react';
import { REJECTION_CODES, type RejectionFilters, useRejections } from '../../api/rejections';
import { Badge } from '../elements/Badge';
import { Button } from '../elements/Button';
import { Card, Muted } from '../elements/Card';
import { TimeRangeFilters } from '../elements/TimeRangeFilters';
import { EmptyState } from '../elements/EmptyState';
import { ErrorMessage } from '../elements/ErrorMessage';
import { FilterBar } from '../elements/Field';
import { bytes, localToIso, when } from '../elements/format';
import { Spinner } from '../elements/Spinner';
import { Table } from '../elements/Table';
import { useDebounced } from '../elements/useDebounced';

/** The statuses the webhook refuses with (README, "The webhook route"). */
const STATUSES = [400, 401, 403, 405, 409, 413, 415, 422, 429, 503] as const;

interface Draft {
    status: string;
    code: string;
    reason: string;
    since: string;
    until: string;
}

const NONE: Draft = { status: '', code: '', reason: '', since: '', until: '' };

export const toRejectionFilters = (d: Draft): RejectionFilters => ({
    status: d.status ? Number(d.status) : undefined,
    code: d.code || undefined,
    reason: d.reason.trim() || undefined,
    since: localToIso(d.since),
    until: localToIso(d.until),
});

/** Deliveries the webhook refused, and why (the newest 1,000 are kept), with their own filters. */
export function RejectionsContainer() {
    const [draft, setDraft] = useState<Draft>(NONE);
    const settled = useDebounced(JSON.stringify(draft), 300);
    const filters = useMemo(() => toRejectionFilters(JSON.parse(settled) as Draft), [settled]);
    const { items, hasMore, loadMore, loadingMore, error } = useRejections(filters);
    const set = (key: keyof Draft) => (e: { target: { value: string } }) =>
        setDraft((d) => ({ ...d, [key]: e.target.value }));
    const filtered = Object.values(draft).some(Boolean);

    return (
        <Card title={'Refused deliveries'} testId={'rejections'}>
            <p>
                What the webhook refused and why: a wrong secret, clock skew, an address not on the allowlist, a body
                that breaks the contract… Nothing refused was stored or applied; the sender retries what it can.
            </p>
            <FilterBar role={'search'}>
                <label>
                    Status
                    <select aria-label={'Status'} value={draft.status} onChange={set('status')}>
                        <option value={''}>any status</option>
                        {STATUSES.map((s) => (
                            <option key={s} value={s}>
                                {s}
                            </option>
                        ))}
                    </select>
                </label>
                <label>
                    Code
                    <select aria-label={'Code'} value={draft.code} onChange={set('code')}>
                        <option value={''}>any code</option>
                        {REJECTION_CODES.map((c) => (
                            <option key={c} value={c}>
                                {c}
                            </option>
                        ))}
                    </select>
                </label>
                <label style={{ flex: '1 1 200px' }}>
                    Reason
                    <input
                        type={'search'}
                        aria-label={'Reason contains'}
                        placeholder={'e.g. signature'}
                        value={draft.reason}
                        onChange={set('reason')}
                    />
                </label>
                <TimeRangeFilters
                    range={draft}
                    onChange={(range) => setDraft((d) => ({ ...d, ...range }))}
                    onClear={filtered ? () => setDraft(NONE) : null}
                />
            </FilterBar>
            {error ? <ErrorMessage error={error} /> : null}
            {!items && !error && <Spinner label={'Loading refused deliveries…'} />}
            {items?.length === 0 &&
                (filtered ? (
                    <EmptyState title={'No refused delivery matches.'}>
                        Widen the time range or clear a filter.
                    </EmptyState>
                ) : (
                    <EmptyState title={'Nothing refused.'}>
                        When a delivery is refused it shows here with the reason, the address it came from and its size.
                    </EmptyState>
                ))}
            {items && items.length > 0 && (
                <Table label={'Refused deliveries'}>
                    <thead>
                        <tr>
                            <th>When</th>
                            <th>Status</th>
                            <th>Code</th>
                            <th>Reason</th>
                            <th>From</th>
                            <th>Size</th>
                            <th>Webhook id</th>
                        </tr>
                    </thead>
                    <tbody>
                        {items.map((r) => (
                            <tr key={r.id} data-testid={'rejection-row'}>
                                <td className={'nowrap'}>{when(r.at)}</td>
                                <td>
                                    <Badge $tone={r.status >= 500 ? 'conflict' : 'refused'}>{r.status}</Badge>
                                </td>
                                <td>
                                    <code>{r.code}</code>
                                </td>
                                <td>{r.reason}</td>
                                <td>
                                    <code>{r.sourceIp}</code>
                                </td>
                                <td className={'nowrap'}>{bytes(r.bodySize)}</td>
                                <td>{r.webhookId ? <code>{r.webhookId}</code> : <Muted>—</Muted>}</td>
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
