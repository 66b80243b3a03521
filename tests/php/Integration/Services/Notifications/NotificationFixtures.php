<?php

namespace Tiergate\Tests\Integration\Services\Notifications;

use Illuminate\Support\Str;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\InboxEvent;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Settings\Settings;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\Trigger;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\OutboundNotification;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\SubscriberReconciliationService;

/** Stored events with a game username, notification URLs, and reading the outbox back. */
trait NotificationFixtures
{
    protected function notifyTo(string ...$urls): void
    {
        app(Settings::class)->set(Settings::NOTIFICATION_URLS, $urls);
        app(Settings::class)->set(Settings::NOTIFICATION_SECRET, 'whsec_' . base64_encode(str_repeat('k', 32)));
    }

    protected function store(string $customerId, string $type, string $product, int $sequence, string $status = 'active', ?string $gameUsername = null): void
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
                'customer' => ['id' => $customerId, 'email' => "{$customerId}@example.com"] + ($gameUsername === null ? [] : ['game_username' => $gameUsername]),
            ]],
            'headers' => [],
            'source_ip' => '127.0.0.1',
            'received_at' => now(),
        ]);
    }

    protected function reconcile(string $customerId): void
    {
        app(SubscriberReconciliationService::class)->handle($customerId, Trigger::command('test'));
    }

    /** @return array<int, array> the decoded bodies written for one destination, oldest first */
    protected function messagesTo(string $url): array
    {
        return OutboundNotification::query()->where('destination', $url)->orderBy('id')->pluck('body')
            ->map(fn (string $body) => json_decode($body, true))->all();
    }
}
