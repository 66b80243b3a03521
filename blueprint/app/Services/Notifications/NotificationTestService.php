<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Notifications;

use Carbon\CarbonImmutable;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Settings\Settings;

/**
 * "Send test notification": a signed `tiergate.test` message to every configured URL, right now and outside the
 * outbox (nothing is retried or stored), with each receiver's answer.
 */
class NotificationTestService
{
    public const TYPE = 'tiergate.test';

    public function __construct(private Settings $settings, private NotificationSecretService $secrets, private NotificationSender $sender)
    {
    }

    /** @return list<array{url: string, status: int|null, error: string|null, ms: float}> */
    public function handle(string $actor): array
    {
        $now = CarbonImmutable::now();
        $body = json_encode([
            'type' => self::TYPE,
            'timestamp' => $now->toIso8601ZuluString(),
            'data' => ['message' => 'A test notification from Tiergate.', 'sent_by' => $actor],
        ], JSON_THROW_ON_ERROR | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE);
        $messageId = 'msg_test_' . bin2hex(random_bytes(12));

        $results = [];
        foreach ((array) $this->settings->get(Settings::NOTIFICATION_URLS) as $url) {
            $started = microtime(true);
            $answer = $this->sender->send($url, $messageId, $body, $this->secrets->signing($now), $now->getTimestamp());
            $results[] = ['url' => $url, ...$answer, 'ms' => round((microtime(true) - $started) * 1000, 1)];
        }

        return $results;
    }
}
