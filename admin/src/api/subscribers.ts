import useSWR from 'swr';
import type { ActionResultWire, SubscriberAction, SubscriberDetailWire, SubscriberWire } from '../../../contract/admin';
import http, { fetcher } from './http';
import type { SubscriptionState } from './models';
import { usePaged } from './paged';
import { Transformers } from './transformers';

export interface SubscriberFilters {
    /** Email, name, username, customer id or subscription id. */
    search?: string;
    state?: SubscriptionState;
    /** Only subscribers with a subscription that needs attention. */
    attention?: boolean;
}

const params = (f: SubscriberFilters) => ({ search: f.search, state: f.state, attention: f.attention ? 1 : undefined });

/** Keyset pages of subscribers; refreshed every 10 s so new ones appear while the admin watches. */
export const useSubscribers = (filters: SubscriberFilters) =>
    usePaged<SubscriberWire, ReturnType<typeof Transformers.toSubscriber>>(
        '/subscribers',
        params(filters),
        Transformers.toSubscriber,
        {
            refreshInterval: 10_000,
        },
    );

export const subscriberKey = (customerId: string) => `/subscribers/${encodeURIComponent(customerId)}`;

export const useSubscriber = (customerId: string | null) => {
    const { data, error, mutate } = useSWR<SubscriberDetailWire>(
        customerId ? subscriberKey(customerId) : null,
        fetcher,
    );
    return { detail: data ? Transformers.toSubscriberDetail(data) : undefined, error, mutate };
};

/** `until` (ISO-8601) only for grant and suspend; left out of the body when not given. */
export const actOnSubscriber = (customerId: string, action: SubscriberAction, until?: string | null) =>
    http
        .post<ActionResultWire>(`${subscriberKey(customerId)}/actions`, until ? { action, until } : { action })
        .then((r) => Transformers.toActionResult(r.data));
