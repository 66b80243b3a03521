/**
 * The lifecycle event contract. The JSON Schemas beside this file are the one source: the panel validates
 * with them (shipped inside the Blueprint package), and so do the simulator and the tests, through ajv. The types
 * below are held to them by tests/unit/contract-types.test.ts (a field or value added on one side only fails it).
 */
import eventSchema from './event.schema.json';
import flatEventSchema from './flat-event.schema.json';

export { eventSchema, flatEventSchema };

export const EVENT_TYPES = eventSchema.properties.type.enum as readonly EventType[];

export type EventType =
    | 'subscription.created'
    | 'subscription.updated'
    | 'subscription.cancelled'
    | 'subscription.suspended'
    | 'subscription.unsuspended'
    | 'subscription.terminated'
    | 'payment.failed'
    | 'payment.succeeded'
    | 'ping';

export type SubscriptionStatus = 'pending' | 'active' | 'suspended' | 'cancelled';
export type PlanType = 'recurring' | 'one-time' | 'free';
export type Id = string | number;

export interface SubscriptionSnapshot {
    id: Id;
    status: SubscriptionStatus;
    product: {
        id: Id;
        slug?: string | null;
        name?: string | null;
        /** a role template hint, used only when the product is mapped to none */ tier?: string | null;
    };
    plan?: { type: PlanType } | null;
    expires_at?: string | null;
    cancel_at_period_end?: boolean | null;
    sequence?: number | null;
}

export interface CustomerSnapshot {
    id: Id;
    email: string;
    first_name?: string | null;
    last_name?: string | null;
    /** the player's in-game name; the panel refuses one not matching its game_username_pattern (422 invalid_game_username) */
    game_username?: string | null;
}

export type CanonicalEvent =
    | { type: 'ping'; timestamp: string; data: Record<string, unknown> }
    | {
          type: Exclude<EventType, 'ping'>;
          timestamp: string;
          data: { subscription: SubscriptionSnapshot; customer: CustomerSnapshot };
      };

export interface FlatEvent {
    event: Exclude<EventType, 'ping'>;
    subscription_id: Id;
    customer_email: string;
    product_id: Id;
    tier?: string | null;
    game_username?: string | null;
    status: SubscriptionStatus;
}

export { WEBHOOK_STATUS } from './webhook';
export type { WebhookAnswer, WebhookRejectionCode } from './webhook';

/** The default of the panel's game_username_pattern setting: Java edition names. */
export const DEFAULT_GAME_USERNAME_PATTERN = '^[A-Za-z0-9_]{3,16}$';
