/** What GET /api/client/extensions/tiergate/status returns to a signed-in subscriber (PHP: SubscriptionStatusTransformer). */
export type SubscriptionState = 'pending' | 'active' | 'grace' | 'suspended' | 'ended';

/** Why the state is what it is (PHP: Core\StateCause); null for a row projected before causes were stored. */
export type StateCause =
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

export interface SubscriptionStatusWire {
    subscription_id: string;
    tier: string | null;
    state: SubscriptionState;
    cause: StateCause | null;
    grace_until: string | null;
    /** The end of the paid period after a cancellation at period end. */
    access_until: string | null;
}

export interface SubscriptionStatusResponse {
    data: SubscriptionStatusWire[];
    /** Where the subscriber pays (the admin's Paymenter URL setting); null when not set: show no link. */
    billing_url: string | null;
}
