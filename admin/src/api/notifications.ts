import useSWR from 'swr';
import type {
    NotificationRetryWire,
    NotificationsWire,
    NotificationTestWire,
    SecretRotationWire,
} from '../../../contract/admin';
import http, { fetcher } from './http';

export const NOTIFICATIONS_KEY = '/notifications';

export interface NotificationDestination {
    url: string;
    pending: number;
    dead: number;
    lastSentAt: Date | null;
    lastError: string | null;
}

export interface DeadNotification {
    id: number;
    type: string;
    customerId: string;
    url: string;
    attempts: number;
    lastError: string | null;
    createdAt: Date | null;
}

export interface Notifications {
    urls: string[];
    secretConfigured: boolean;
    previousSecretUntil: Date | null;
    destinations: NotificationDestination[];
    dead: DeadNotification[];
    /** A secret created by this save (the first URL): shown once. */
    secret: string | null;
}

const date = (v: string | null | undefined): Date | null => (v ? new Date(v) : null);

export const toNotifications = (w: NotificationsWire): Notifications => ({
    urls: w.urls,
    secretConfigured: w.secret_configured,
    previousSecretUntil: date(w.previous_secret_until),
    destinations: w.destinations.map((d) => ({
        url: d.url,
        pending: d.pending,
        dead: d.dead,
        lastSentAt: date(d.last_sent_at),
        lastError: d.last_error,
    })),
    dead: w.dead.map((d) => ({
        id: d.id,
        type: d.type,
        customerId: d.customer_id,
        url: d.url,
        attempts: d.attempts,
        lastError: d.last_error,
        createdAt: date(d.created_at),
    })),
    secret: w.secret ?? null,
});

export const useNotifications = () => {
    const { data, error, mutate } = useSWR<NotificationsWire>(NOTIFICATIONS_KEY, fetcher);
    return { notifications: data ? toNotifications(data) : undefined, error, mutate };
};

export const saveNotificationUrls = (urls: string[]) =>
    http.put<NotificationsWire>(NOTIFICATIONS_KEY, { urls }).then((r) => toNotifications(r.data));

/** A new signing secret; the answer is the only time it is shown. */
export const rotateNotificationSecret = () =>
    http.post<SecretRotationWire>('/notifications/secret').then((r) => ({
        secret: r.data.secret,
        previousSecretUntil: date(r.data.previous_secret_until),
    }));

export const sendTestNotification = () =>
    http.post<NotificationTestWire>('/notifications/test').then((r) => r.data.results);

export const retryDeadNotifications = () =>
    http.post<NotificationRetryWire>('/notifications/retry').then((r) => r.data.retried);
