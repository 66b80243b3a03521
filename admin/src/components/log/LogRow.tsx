import type { LogEntry } from '../../api/models';
import { Badge } from '../elements/Badge';
import { Muted } from '../elements/Card';
import { when } from '../elements/format';
import type { LogGroup } from './collapseRepeats';

const TRIGGER: Record<string, string> = {
    event: 'event',
    admin: 'admin',
    schedule: 'schedule',
    reconcile: 'reconcile',
};

/** The oldest row's time: the clock time when it is the same day as the newest, the full date otherwise. */
const sinceText = (since: Date, newest: Date) =>
    since.toDateString() === newest.toDateString()
        ? since.toLocaleTimeString(undefined, { timeStyle: 'short' })
        : when(since);

/** One action on the panel (or a run of identical ones); a failed or conflicting one is marked and shows its error. */
export function LogRow({
    entry: l,
    repeats,
    onCustomer,
}: {
    entry: LogEntry;
    repeats?: Pick<LogGroup, 'count' | 'since'>;
    onCustomer?: (customerId: string) => void;
}) {
    const problem = l.outcome !== 'ok';
    return (
        <tr data-testid={'log-row'} data-problem={problem} data-outcome={l.outcome}>
            <td className={'nowrap'}>
                {when(l.at)}
                {repeats && repeats.count > 1 && (
                    <div data-testid={'log-repeats'}>
                        <Muted>
                            × {repeats.count} since {sinceText(repeats.since, l.at)}
                        </Muted>
                    </div>
                )}
            </td>
            <td>
                {l.customerId ? (
                    onCustomer ? (
                        <a
                            href={'#log'}
                            onClick={(e) => {
                                e.preventDefault();
                                onCustomer(l.customerId!);
                            }}
                            title={'Show only this subscriber'}
                        >
                            <code>{l.customerId}</code>
                        </a>
                    ) : (
                        <code>{l.customerId}</code>
                    )
                ) : (
                    '—'
                )}
            </td>
            <td>{l.serverName ?? (l.serverId !== null ? `#${l.serverId}` : '—')}</td>
            <td>
                <code>{l.action}</code>
            </td>
            <td>
                <Muted>[{l.before}]</Muted> → <span>[{l.after}]</span>
            </td>
            <td>
                <Badge $tone={l.outcome}>{l.outcome}</Badge>
                {l.error && (
                    <div
                        role={problem ? 'note' : undefined}
                        style={{ color: problem ? '#a94442' : '#777', marginTop: 2 }}
                    >
                        {l.error}
                    </div>
                )}
            </td>
            <td>
                <Muted>
                    {TRIGGER[l.trigger] ?? l.trigger}
                    {l.triggerRef ? `: ${l.triggerRef}` : ''}
                </Muted>
            </td>
            <td>{l.durationMs}</td>
        </tr>
    );
}
