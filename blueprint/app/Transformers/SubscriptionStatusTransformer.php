<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Transformers;

use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Subscription;

/** The public shape of a subscription for its own subscriber (see contract/client.ts). */
class SubscriptionStatusTransformer
{
    public function transform(Subscription $subscription): array
    {
        return [
            'subscription_id' => $subscription->subscription_id,
            'tier' => $subscription->tier_name,
            'state' => $subscription->state,
            'cause' => $subscription->cause,
            'grace_until' => $subscription->grace_until?->toIso8601String(),
            'access_until' => $subscription->access_until?->toIso8601String(),
        ];
    }
}
