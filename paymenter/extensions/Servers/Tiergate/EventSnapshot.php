<?php

namespace Paymenter\Extensions\Servers\Tiergate;

use App\Models\Service;

/**
 * The canonical Tiergate event for a service (contract/event.schema.json in the Tiergate repository): the full
 * current snapshot of the subscription and its customer, so the panel never depends on an earlier event.
 */
class EventSnapshot
{
    private const STATUSES = ['pending', 'active', 'suspended', 'cancelled'];

    /** @param array $subscription fields that override the snapshot (e.g. cancel_at_period_end) */
    public static function body(string $type, Service $service, int $sequence, array $subscription = []): string
    {
        $service->loadMissing(['user', 'product', 'plan']);
        $status = in_array($service->status, self::STATUSES, true) ? $service->status : 'pending';

        return json_encode([
            'type' => $type,
            'timestamp' => now()->toIso8601ZuluString('microsecond'),
            'data' => [
                'subscription' => $subscription + [
                    'id' => $service->id,
                    'status' => $status,
                    'product' => ['id' => $service->product_id, 'slug' => self::productKey($service), 'name' => $service->product?->name],
                    'plan' => ['type' => $service->plan?->type ?? 'recurring'],
                    'expires_at' => $service->expires_at?->toIso8601ZuluString(),
                    'cancel_at_period_end' => false,
                    'sequence' => $sequence,
                ],
                'customer' => [
                    'id' => $service->user_id,
                    'email' => $service->user->email,
                    'first_name' => $service->user->first_name,
                    'last_name' => $service->user->last_name,
                ],
            ],
        ], JSON_THROW_ON_ERROR | JSON_UNESCAPED_SLASHES);
    }

    /** The product setting "tier" when the admin set one, else the product's slug. */
    public static function productKey(Service $service): string
    {
        $tier = $service->product?->settings()->where('key', 'tier')->value('value');

        return $tier ?: (string) ($service->product?->slug ?? $service->product_id);
    }
}
