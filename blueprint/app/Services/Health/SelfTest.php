<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Health;

use Illuminate\Support\Str;

/**
 * The panel's own test event (Settings → "Send a test event") is a signed ping like Paymenter's "Test connection";
 * its webhook id marks it, so the receiver records it as a self-test and not as contact from Paymenter.
 */
final class SelfTest
{
    public const WEBHOOK_ID_PREFIX = 'msg_tiergate_self_test_';

    public static function newWebhookId(): string
    {
        return self::WEBHOOK_ID_PREFIX . Str::random(16);
    }

    public static function isSelfTest(?string $webhookId): bool
    {
        return $webhookId !== null && str_starts_with($webhookId, self::WEBHOOK_ID_PREFIX);
    }
}
