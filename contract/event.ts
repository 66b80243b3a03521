/**
 * The lifecycle event contract. The JSON Schemas beside this file are the one source: the panel validates
 * with them (shipped inside the Blueprint package), and so do the simulator and the tests, through ajv.
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
    status: SubscriptionStatus;
}

/** The route's documented answers (README, "The webhook route"). */
export const WEBHOOK_STATUS = {
    stored: 202,
    duplicate: 200,
    malformed: 400,
    unauthenticated: 401,
    forbidden: 403,
    methodNotAllowed: 405,
    tooLarge: 413,
    unsupportedMediaType: 415,
    invalid: 422,
    rateLimited: 429,
    unavailable: 503,
} as const;

export interface WebhookAnswer {
    status: 'stored' | 'duplicate' | 'rejected';
    reason?: string;
    event_id?: string;
}
