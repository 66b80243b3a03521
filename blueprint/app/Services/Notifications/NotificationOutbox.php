<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Notifications;

use Carbon\CarbonImmutable;
use Illuminate\Support\Facades\DB;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Settings\Settings;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Jobs\DeliverNotifications;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\OutboundNotification;

/**
 * Writes a message into the outbox, one row per configured destination, in the caller's transaction; the delivery
 * job is queued once that transaction has committed (a rolled-back change never sends anything).
 */
class NotificationOutbox
{
    public function __construct(private Settings $settings)
    {
    }

    /**
     * @param array<string, mixed> $payload
     *
     * @return int rows written (0 when no destination is configured)
     */
    public function enqueue(string $type, string $customerId, ?string $subscriptionId, array $payload, CarbonImmutable $now): int
    {
        $urls = (array) $this->settings->get(Settings::NOTIFICATION_URLS);
        if ($urls === []) {
            return 0;
        }
        $body = json_encode($payload, JSON_THROW_ON_ERROR | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE);
        $messageId = 'msg_' . bin2hex(random_bytes(16));
        foreach ($urls as $url) {
            OutboundNotification::query()->create([
                'message_id' => $messageId,
                'type' => $type,
                'customer_id' => $customerId,
                'subscription_id' => $subscriptionId,
                'destination_key' => OutboundNotification::destinationKey($url),
                'destination' => $url,
                'body' => $body,
                'status' => OutboundNotification::PENDING,
                'next_attempt_at' => $now,
            ]);
        }
        DB::afterCommit(fn () => self::wakeDelivery());

        return count($urls);
    }

    /** The queue (Redis) may be down: the message is stored, and tiergate:tick queues the delivery within a minute. */
    private static function wakeDelivery(): void
    {
        try {
            DeliverNotifications::dispatch();
        } catch (\Throwable $e) {
            report($e);
        }
    }
}
