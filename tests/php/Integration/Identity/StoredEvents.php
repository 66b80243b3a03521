<?php

namespace Tiergate\Tests\Integration\Identity;

use Illuminate\Support\Str;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\InboxEvent;

/** Puts a contract-shaped subscription event straight into the inbox, as the webhook would after its checks. */
trait StoredEvents
{
    private function storeEvent(string $customerId, string $subscriptionId, string $product, array $customer, int $sequence = 1, string $status = 'active'): void
    {
        $type = $sequence === 1 ? 'subscription.created' : 'subscription.updated';
        InboxEvent::query()->create([
            'webhook_id' => 'msg_' . Str::random(16),
            'type' => $type,
            'format' => 'canonical',
            'subscription_id' => $subscriptionId,
            'customer_id' => $customerId,
            'occurred_at' => now()->addSeconds($sequence),
            'sequence' => $sequence,
            'body' => '{}',
            'canonical' => ['type' => $type, 'timestamp' => now()->addSeconds($sequence)->toIso8601String(), 'data' => [
                'subscription' => ['id' => $subscriptionId, 'status' => $status, 'product' => ['id' => $product, 'slug' => $product], 'sequence' => $sequence],
                'customer' => ['id' => $customerId] + $customer,
            ]],
            'headers' => [],
            'source_ip' => '127.0.0.1',
            'received_at' => now(),
        ]);
    }
}
