import useSWR from 'swr';
import type { OverviewWire } from '../../../contract/admin';
import { fetcher } from './http';
import { Transformers } from './transformers';

export const OVERVIEW_KEY = '/overview';

/** Health at a glance; refreshed every 15 s while the page is open. */
export const useOverview = () => {
    const { data, error, mutate } = useSWR<OverviewWire>(OVERVIEW_KEY, fetcher, { refreshInterval: 15_000 });
    return { overview: data ? Transformers.toOverview(data) : undefined, error, mutate };
};
