import useSWR from 'swr';
import useSWRInfinite from 'swr/infinite';
import type { ActionResultWire, InboxEventDetailWire, InboxEventWire, Page, RejectionWire } from '../../../contract/admin';
import http, { fetcher } from './http';
import { query } from './subscribers';
import { Transformers } from './transformers';

export const useInboxEvents = (filters: { type?: string; customer?: string }) => {
    const { data, error, size, setSize, mutate } = useSWRInfinite<Page<InboxEventWire>>(
        (index, previous) => (index > 0 && !previous?.next_cursor ? null : `/events?${query({ ...filters, cursor: previous?.next_cursor })}`),
        fetcher,
        { refreshInterval: 10_000 },
    );
    return { events: data?.flatMap((p) => p.data.map(Transformers.toInboxEvent)), hasMore: Boolean(data?.[data.length - 1]?.next_cursor), loadMore: () => setSize(size + 1), error, mutate };
};

export const useInboxEvent = (id: number | null) => {
    const { data, error } = useSWR<InboxEventDetailWire>(id === null ? null : `/events/${id}`, fetcher);
    return { event: data, error };
};

export const replayEvent = (id: number) => http.post<ActionResultWire>(`/events/${id}/replay`).then((r) => r.data);

export const useRejections = () => {
    const { data, error } = useSWR<Page<RejectionWire>>('/rejections?limit=50', fetcher, { refreshInterval: 15_000 });
    return { rejections: data?.data.map(Transformers.toRejection), error };
};
