<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Health;

/** The one place the webhook's public address is built (the admin page, its settings and the CLI all show it). */
final class WebhookUrl
{
    public const PATH = '/extensions/tiergate/webhook';

    public static function get(): string
    {
        return rtrim((string) config('app.url'), '/') . self::PATH;
    }
}
