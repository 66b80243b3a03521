<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Transformers;

use Illuminate\Support\Collection;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Subscription;

/** The public shape of a subscriber's own subscriptions (contract/client.ts SubscriptionStatusResponse). */
class SubscriptionStatusTransformer
{
    /**
     * @param Collection<int, Subscription> $subscriptions
     *
     * @return array{data: array<int, array<string, ?string>>, billing_url: ?string}
     */
    public function response(Collection $subscriptions, ?string $billingUrl): array
    {
        return [
            'data' => $subscriptions->map(fn (Subscription $s) => $this->transform($s))->values()->all(),
            'billing_url' => $billingUrl,
        ];
    }

    /** @return array<string, ?string> */
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
