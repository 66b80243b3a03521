import useSWR from 'swr';
import type { OverviewWire } from '../../../contract/admin';
import { fetcher } from './http';
import { Transformers } from './transformers';

export const useOverview = () => {
    const { data, error, mutate } = useSWR<OverviewWire>('/overview', fetcher, { refreshInterval: 15_000 });
    return { overview: data ? Transformers.toOverview(data) : undefined, error, mutate };
};
