import type { LogEntry } from '../../api/models';

export interface LogGroup {
    /** The newest row of the run; the one shown. */
    entry: LogEntry;
    /** How many identical rows in a row (1 when it stands alone). */
    count: number;
    /** When the oldest row of the run happened. */
    since: Date;
}

const sameKind = (a: LogEntry, b: LogEntry) =>
    a.customerId === b.customerId &&
    a.serverId === b.serverId &&
    a.action === b.action &&
    a.outcome === b.outcome &&
    a.error === b.error;

/** Consecutive rows (newest first) with the same subscriber, server, action, outcome and error become one. */
export const collapseRepeats = (entries: LogEntry[]): LogGroup[] =>
    entries.reduce<LogGroup[]>((groups, entry) => {
        const last = groups[groups.length - 1];
        if (last && sameKind(last.entry, entry)) {
            last.count += 1;
            last.since = entry.at;
        } else {
            groups.push({ entry, count: 1, since: entry.at });
        }
        return groups;
    }, []);
