<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Transformers;

use Illuminate\Support\Collection;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Subscription;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\AdminOverride;

/** One customer with all their subscriptions (contract/admin.ts SubscriberWire). */
class SubscriberTransformer
{
    /**
     * @param array{customer_id: string, subscriptions: Collection<int, Subscription>, user_id: ?int, username: ?string, servers_granted: int, override: ?AdminOverride} $row
     *
     * @return array<string, mixed>
     */
    public function transform(array $row): array
    {
        $subscriptions = $row['subscriptions'];
        $latest = $subscriptions->sortByDesc('updated_at')->first();
        $override = $row['override'];

        return [
            'customer_id' => $row['customer_id'],
            'email' => $latest?->customer_email,
            'user_id' => $row['user_id'],
            'username' => $row['username'],
            'servers_granted' => $row['servers_granted'],
            'needs_attention' => $subscriptions->contains('needs_attention', true),
            'override' => $override ? ['kind' => $override->kind, 'until' => $override->until?->toIso8601String()] : null,
            'subscriptions' => $subscriptions->map(fn (Subscription $s) => [
                'subscription_id' => $s->subscription_id,
                'product_key' => $s->product_key,
                'template_key' => $s->template_key,
                'tier' => $s->tier_name,
                'state' => $s->state,
                'cause' => $s->cause,
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
