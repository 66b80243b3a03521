<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Transformers;

use Illuminate\Support\Collection;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\AdminOverride;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Subscription;
use Pterodactyl\Models\User;

/** One customer with all their subscriptions (contract/admin.ts SubscriberWire). */
class SubscriberTransformer
{
    /** @param Collection<int, Subscription> $subscriptions */
    public function transform(string $customerId, Collection $subscriptions, ?User $user, int $serversGranted, ?AdminOverride $override): array
    {
        $latest = $subscriptions->sortByDesc('updated_at')->first();

        return [
            'customer_id' => $customerId,
            'email' => $latest?->customer_email,
            'user_id' => $user?->id,
            'username' => $user?->username,
            'servers_granted' => $serversGranted,
            'needs_attention' => $subscriptions->contains('needs_attention', true),
            'override' => $override ? ['kind' => $override->kind, 'until' => $override->until?->toIso8601String()] : null,
            'subscriptions' => $subscriptions->map(fn (Subscription $s) => [
                'subscription_id' => $s->subscription_id,
                'product_key' => $s->product_key,
                'template_key' => $s->template_key,
                'tier' => $s->tier_name,
                'state' => $s->state,
                'reason' => $s->reason,
                'grace_until' => $s->grace_until?->toIso8601String(),
                'access_until' => $s->access_until?->toIso8601String(),
                'needs_attention' => (bool) $s->needs_attention,
                'last_error' => $s->last_error,
                'reconciled_at' => $s->reconciled_at?->toIso8601String(),
            ])->values()->all(),
        ];
    }
}
