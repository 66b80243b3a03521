/**
 * Tiergate's outbound notifications (docs/notifications.md): what a Discord bot or an n8n workflow receives.
 * notification.schema.json beside this file is the one source; these types describe the same shapes.
 */
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import notificationSchema from './notification.schema.json';

export { notificationSchema };

export type NotificationType = 'subscriber.access_changed' | 'tiergate.test';

export type AccessState = 'pending' | 'active' | 'grace' | 'suspended' | 'ended';

export type AccessCause =
    | 'waiting_for_activation'
    | 'active'
    | 'cancels_at_period_end'
    | 'payment_failed'
    | 'suspended_by_billing'
    | 'suspended_by_grace'
    | 'suspended_by_admin'
    | 'granted_by_admin'
    | 'cancelled'
    | 'terminated';

/** One subscription as a notification describes it. */
export interface AccessSnapshot {
    state: AccessState;
    cause: AccessCause;
    /** The tier; null when the product maps to no template. */
    template: { key: string; name: string } | null;
    game_username: string | null;
    /** The servers this subscription gives access to in this state. */
    servers: { uuid: string; name: string }[];
}

export interface AccessChangedNotification {
    type: 'subscriber.access_changed';
    timestamp: string;
    data: {
        subscriber: { id: string; email: string; game_username: string | null; panel_user_id: number | null };
        subscription: { id: string; product: string };
        /** null for the first notification about this subscription. */
        before: AccessSnapshot | null;
        after: AccessSnapshot;
    };
}

export interface TestNotification {
    type: 'tiergate.test';
    timestamp: string;
    data: { message: string; sent_by: string };
}

export type Notification = AccessChangedNotification | TestNotification;

/** The headers every notification carries (Standard Webhooks v1). */
export const NOTIFICATION_HEADERS = ['webhook-id', 'webhook-timestamp', 'webhook-signature'] as const;

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validator = ajv.compile<Notification>(notificationSchema);

export function validateNotification(body: unknown): { valid: boolean; errors: string[] } {
    const valid = validator(body);
    return {
        valid,
        errors: (validator.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`),
    };
}
