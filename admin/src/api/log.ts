import type { LogEntryWire, LogFilters } from '../../../contract/admin';
import { usePaged } from './paged';
import { Transformers } from './transformers';

export type { LogFilters };

const params = (f: LogFilters) => ({
    customer: f.customer,
    server: f.server,
    action: f.action,
    outcome: f.outcome,
    since: f.since,
    until: f.until,
});

/** The provisioning log, newest first; `live` refreshes it every 5 s. */
export const useLog = (filters: LogFilters, live: boolean) =>
    usePaged<LogEntryWire, ReturnType<typeof Transformers.toLogEntry>>(
        '/log',
        params(filters),
        Transformers.toLogEntry,
        {
            refreshInterval: live ? 5_000 : 0,
        },
    );
