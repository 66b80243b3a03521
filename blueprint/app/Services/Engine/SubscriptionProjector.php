<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine;

use Carbon\CarbonImmutable;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\DesiredAccess;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\SubscriptionState;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\LogEntry;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Subscription;

/** Writes the listing rows (tiergate_subscriptions) from the folded states; they can always be rebuilt. */
class SubscriptionProjector
{
    /**
     * @param array<string, SubscriptionState> $states
     * @param array<int, string> $outcomes
     */
    public function project(array $states, array $catalogue, ?int $userId, array $outcomes, CarbonImmutable $now): void
    {
        $problems = array_filter($outcomes, fn (string $o) => $o === LogEntry::OUTCOME_FAILED || $o === LogEntry::OUTCOME_CONFLICT);
        foreach ($states as $subscriptionId => $state) {
            $template = DesiredAccess::templateFor($state, $catalogue['byProduct'], $catalogue['byKey']);
            Subscription::query()->updateOrCreate(['subscription_id' => (string) $subscriptionId], [
                'customer_id' => $state->customerId,
                'customer_email' => $state->customerEmail,
                'product_key' => $state->productKey,
                'template_key' => $template?->key,
                'tier_name' => $template?->name,
                'state' => $state->state->value,
                'reason' => $template === null ? 'unmapped product: nothing is granted until it is mapped to a template' : $state->reason,
                'grace_until' => $state->graceUntil,
                'access_until' => $state->accessUntil,
                'next_change_at' => $state->nextChangeAt,
                'user_id' => $userId,
                'needs_attention' => $problems !== [],
                'last_error' => $problems === [] ? null : count($problems) . ' server(s) could not be brought in line; see the provisioning log.',
                'reconciled_at' => $now,
            ]);
        }
    }
}
