<?php

namespace Paymenter\Extensions\Servers\Tiergate;

use App\Models\Service;
use Paymenter\Extensions\Servers\Tiergate\GameUsername\GameUsernamePattern;
use Paymenter\Extensions\Servers\Tiergate\GameUsername\CustomerGameUsername;

/**
 * The canonical Tiergate event for a service (contract/event.schema.json in the Tiergate repository): the full
 * current snapshot of the subscription and its customer, so the panel never depends on an earlier event.
 */
class EventSnapshot
{
    private const STATUSES = ['pending', 'active', 'suspended', 'cancelled'];

    /**
     * Built from a fresh read of the service and its relations, never from the model the caller holds: Paymenter
     * loads relations before it writes (ServiceUpgradeService reads `$service->product` and then changes
     * `product_id`; queued jobs run after the cron has moved the status on), so the caller's copy can be stale.
     * Inside the caller's transaction the read sees the caller's own uncommitted writes.
     */
    public static function body(string $type, Service $service, int $sequence): string
    {
        $current = $service->fresh(['user', 'product', 'plan']) ?? $service;
        $status = in_array($current->status, self::STATUSES, true) ? $current->status : 'pending';
        $gameUsername = CustomerGameUsername::of($current, self::gameUsernamePattern($current));

        return json_encode([
            'type' => $type,
            'timestamp' => now()->toIso8601ZuluString('microsecond'),
            'data' => [
                'subscription' => [
                    'id' => $current->id,
                    'status' => $status,
                    'product' => ['id' => $current->product_id, 'slug' => self::productKey($current), 'name' => $current->product?->name],
                    'plan' => ['type' => $current->plan->type ?? 'recurring'],
                    'expires_at' => $current->expires_at?->toIso8601ZuluString(),
                    'cancel_at_period_end' => self::cancelsAtPeriodEnd($current),
                    'sequence' => $sequence,
                ],
                'customer' => [
                    'id' => $current->user_id,
                    'email' => $current->user->email,
                    'first_name' => $current->user->first_name,
                    'last_name' => $current->user->last_name,
                ] + ($gameUsername === null ? [] : ['game_username' => $gameUsername]),
            ],
        ], JSON_THROW_ON_ERROR | JSON_UNESCAPED_SLASHES);
    }

    /** The "In-game name pattern" of the product's Tiergate server (the panel's game_username_pattern setting). */
    public static function gameUsernamePattern(Service $service): GameUsernamePattern
    {
        return GameUsernamePattern::of($service->product?->server?->settings()->where('key', 'game_username_pattern')->value('value'));
    }

    /** The product setting "tier" when the admin set one, else the product's slug. */
    public static function productKey(Service $service): string
    {
        $tier = $service->product?->settings()->where('key', 'tier')->value('value');

        return $tier ?: (string) ($service->product->slug ?? $service->product_id);
    }

    /**
     * Paymenter keeps an end-of-period cancellation as a row in service_cancellations for the rest of the
     * service's life; every event says so, not only the cancellation itself.
     */
    public static function cancelsAtPeriodEnd(Service $service): bool
    {
        return $service->cancellation()->where('type', 'end_of_period')->exists();
    }
}
