import type { LogEntry } from '../../api/models';
import { subscriberHash } from '../../routing/routes';
import { Badge } from '../elements/Badge';
import { Button } from '../elements/Button';
import { Muted } from '../elements/Card';
import { when } from '../elements/format';
import type { LogGroup } from './collapseRepeats';
import { colors } from '../elements/theme';

/** Who or what caused the row: the admin by username, never a raw `user:1` reference. */
export const triggerText = (l: Pick<LogEntry, 'trigger' | 'triggerRef' | 'actorName'>): string => {
    if (l.trigger === 'admin') {
        if (l.actorName) return `admin ${l.actorName}`;
        const id = /^user:(\d+)$/.exec(l.triggerRef ?? '')?.[1];
        return id ? `admin (panel user #${id})` : 'admin';
    }
    return l.triggerRef ? `${l.trigger}: ${l.triggerRef}` : l.trigger;
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
    onFilterCustomer,
}: {
    entry: LogEntry;
    repeats?: Pick<LogGroup, 'count' | 'since'>;
    onFilterCustomer?: (customerId: string) => void;
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
                    <>
                        <a href={subscriberHash(l.customerId)} title={'Open this subscriber'}>
                            {l.customerEmail ?? <code>{l.customerId}</code>}
                        </a>
                        {onFilterCustomer && (
                            <>
                                {' '}
                                <Button
                                    $variant={'link'}
                                    $small
                                    onClick={() => onFilterCustomer(l.customerEmail ?? l.customerId!)}
                                    aria-label={`Show only ${l.customerEmail ?? l.customerId} in the log`}
                                    title={'Show only this subscriber'}
                                >
                                    filter
                                </Button>
                            </>
                        )}
                    </>
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
                        style={{ color: problem ? colors.dangerText : colors.muted, marginTop: 2 }}
                    >
                        {l.error}
                    </div>
                )}
            </td>
            <td>
                <Muted>{triggerText(l)}</Muted>
            </td>
            <td>{l.durationMs}</td>
        </tr>
    );
}
