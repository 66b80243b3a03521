<?php

namespace Tiergate\Tests\Integration;

use Illuminate\Support\Str;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\InboxEvent;

/** Stored events for one subscription per customer, as the webhook stores them, and the demo tiers. */
trait StoresEvents
{
    protected function importDemoTiers(): void
    {
        DemoTiers::import();
    }

    protected function storeEvent(string $customerId, string $email, string $type, string $product, int $sequence, string $status = 'active'): void
    {
        InboxEvent::query()->create([
            'webhook_id' => 'msg_' . Str::random(12),
            'type' => $type,
            'format' => 'canonical',
            'subscription_id' => "sub_{$customerId}",
            'customer_id' => $customerId,
            'occurred_at' => now(),
            'sequence' => $sequence,
            'body' => '{}',
            'canonical' => ['type' => $type, 'timestamp' => now()->toIso8601String(), 'data' => [
                'subscription' => ['id' => "sub_{$customerId}", 'status' => $status, 'product' => ['id' => $product, 'slug' => $product], 'sequence' => $sequence],
                'customer' => ['id' => $customerId, 'email' => $email],
            ]],
            'headers' => [],
            'source_ip' => '127.0.0.1',
            'received_at' => now(),
        ]);
    }
}
