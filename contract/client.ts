/** What GET /api/client/extensions/tiergate/status returns to a signed-in subscriber (PHP: SubscriptionStatusTransformer). */
export type SubscriptionState = 'pending' | 'active' | 'grace' | 'suspended' | 'ended';

export interface SubscriptionStatusWire {
    subscription_id: string;
    tier: string | null;
    state: SubscriptionState;
    grace_until: string | null;
}

export interface SubscriptionStatusResponse {
    data: SubscriptionStatusWire[];
}
