import useSWR from 'swr';
import type { ActionResultWire, InboxEventDetailWire, InboxEventWire } from '../../../contract/admin';
import http, { fetcher } from './http';
import { usePaged } from './paged';
import { Transformers } from './transformers';

export interface EventFilters {
    type?: string;
    /** A customer id or a subscription id. */
    customer?: string;
}

/** The inbox: every stored event, newest first, refreshed every 10 s. */
export const useEvents = (filters: EventFilters) =>
    usePaged<InboxEventWire, ReturnType<typeof Transformers.toInboxEvent>>(
        '/events',
        { type: filters.type, customer: filters.customer },
        Transformers.toInboxEvent,
        {
            refreshInterval: 10_000,
        },
    );

/** One event with its raw body and headers; null loads nothing (a collapsed row). */
export const useEvent = (id: number | null) => {
    const { data, error } = useSWR<InboxEventDetailWire>(id === null ? null : `/events/${id}`, fetcher, {
        revalidateOnFocus: false,
    });
    return { event: data ? Transformers.toInboxEventDetail(data) : undefined, error };
};

/** Reconciles the event's customer again, as if the event had just arrived. */
export const replayEvent = (id: number) =>
    http.post<ActionResultWire>(`/events/${id}/replay`).then((r) => Transformers.toActionResult(r.data));
