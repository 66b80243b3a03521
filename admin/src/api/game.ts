import useSWR from 'swr';
import type { SubscriberGameWire } from '../../../contract/admin';
import http, { fetcher } from './http';

/** A subscriber's in-game side: the name (from billing, the admin's correction) and the commands per server. */
export interface SubscriberGame {
    name: { fromBilling: string | null; override: string | null; overrideActive: boolean; effective: string | null };
    commands: Array<{
        id: number;
        serverUuid: string;
        serverName: string;
        kind: 'grant' | 'revoke';
        command: string;
        status: 'pending' | 'sent' | 'failed';
        attempts: number;
        lastError: string | null;
        nextAttemptAt: Date | null;
        createdAt: Date | null;
        sentAt: Date | null;
    }>;
}

const date = (s: string | null) => (s ? new Date(s) : null);

export const toSubscriberGame = (w: SubscriberGameWire): SubscriberGame => ({
    name: {
        fromBilling: w.name.from_billing,
        override: w.name.override,
        overrideActive: w.name.override_active,
        effective: w.name.effective,
    },
    commands: w.commands.map((c) => ({
        id: c.id,
        serverUuid: c.server_uuid,
        serverName: c.server_name,
        kind: c.kind,
        command: c.command,
        status: c.status,
        attempts: c.attempts,
        lastError: c.last_error,
        nextAttemptAt: date(c.next_attempt_at),
        createdAt: date(c.created_at),
        sentAt: date(c.sent_at),
    })),
});

export const subscriberGameKey = (customerId: string) => `/subscriber-game/${encodeURIComponent(customerId)}`;

export const useSubscriberGame = (customerId: string) => {
    const { data, error, mutate } = useSWR<SubscriberGameWire>(subscriberGameKey(customerId), fetcher);
    return { game: data ? toSubscriberGame(data) : undefined, error, mutate };
};

/** Sets the admin's correction of the in-game name; null removes it. Answers the new state. */
export const setGameName = (customerId: string, name: string | null) =>
    http
        .post<SubscriberGameWire>(`/subscribers/${encodeURIComponent(customerId)}/game-name`, { name })
        .then((r) => toSubscriberGame(r.data));
