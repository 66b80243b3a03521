import useSWR from 'swr';
import useSWRInfinite from 'swr/infinite';
import type { ActionResultWire, Page, SubscriberAction, SubscriberDetailWire, SubscriberWire } from '../../../contract/admin';
import http, { fetcher } from './http';
import { Transformers } from './transformers';

export interface SubscriberFilters {
    search?: string;
    state?: string;
}

const query = (params: Record<string, string | number | undefined | null>) =>
    new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== '') as Array<[string, string]>).toString();

/** Keyset pages; the SWR key carries the filters, so changing them starts over. */
export const useSubscribers = (filters: SubscriberFilters) => {
    const { data, error, size, setSize, mutate, isValidating } = useSWRInfinite<Page<SubscriberWire>>(
        (index, previous) => (index > 0 && !previous?.next_cursor ? null : `/subscribers?${query({ ...filters, cursor: previous?.next_cursor })}`),
        fetcher,
        { refreshInterval: 5000 }, // new subscribers appear while the admin watches
    );
    return {
        subscribers: data?.flatMap((p) => p.data.map(Transformers.toSubscriber)),
        hasMore: Boolean(data?.[data.length - 1]?.next_cursor),
        loadMore: () => setSize(size + 1),
        loadingMore: isValidating && size > (data?.length ?? 0),
        error,
        mutate,
    };
};

export const useSubscriber = (customerId: string | null) => {
    const { data, error, mutate } = useSWR<SubscriberDetailWire>(customerId ? `/subscribers/${encodeURIComponent(customerId)}` : null, fetcher);
    return { detail: data ? Transformers.toSubscriberDetail(data) : undefined, error, mutate };
};

export const actOnSubscriber = (customerId: string, action: SubscriberAction, until?: string) =>
    http.post<ActionResultWire>(`/subscribers/${encodeURIComponent(customerId)}/actions`, { action, until: until || undefined }).then((r) => r.data);

export { query };
