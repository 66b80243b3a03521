import useSWRInfinite from 'swr/infinite';
import type { LogEntryWire, LogFilters, Page } from '../../../contract/admin';
import { fetcher } from './http';
import { query } from './subscribers';
import { Transformers } from './transformers';

export const useProvisioningLog = (filters: LogFilters, live: boolean) => {
    const { data, error, size, setSize } = useSWRInfinite<Page<LogEntryWire>>(
        (index, previous) => (index > 0 && !previous?.next_cursor ? null : `/log?${query({ ...filters, cursor: previous?.next_cursor })}`),
        fetcher,
        { refreshInterval: live ? 5000 : 0 },
    );
    return {
        entries: data?.flatMap((p) => p.data.map(Transformers.toLogEntry)),
        hasMore: Boolean(data?.[data.length - 1]?.next_cursor),
        loadMore: () => setSize(size + 1),
        error,
    };
};
