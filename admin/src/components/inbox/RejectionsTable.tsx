import { useRejections } from '../../api/rejections';
import { Badge } from '../elements/Badge';
import { Button } from '../elements/Button';
import { Card, Muted } from '../elements/Card';
import { EmptyState } from '../elements/EmptyState';
import { ErrorMessage } from '../elements/ErrorMessage';
import { bytes, when } from '../elements/format';
import { Spinner } from '../elements/Spinner';
import { Table } from '../elements/Table';

/** Deliveries the webhook refused, and why (the newest 1,000 are kept). */
export function RejectionsTable() {
    const { items, hasMore, loadMore, loadingMore, error } = useRejections();
    return (
        <Card title={'Refused deliveries'} testId={'rejections'}>
            {error ? <ErrorMessage error={error} /> : null}
            {!items && !error && <Spinner label={'Loading refused deliveries…'} />}
            {items?.length === 0 && (
                <EmptyState title={'Nothing refused.'}>
                    When a delivery is refused (wrong secret, clock skew, an address not on the allowlist, a body that
                    breaks the contract…) it shows here with the reason.
                </EmptyState>
            )}
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
