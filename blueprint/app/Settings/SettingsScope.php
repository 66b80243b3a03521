<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Settings;

use Illuminate\Contracts\Container\Container;

/**
 * Settings are read once per instance, and every service gets its own instance: one reconcile read the table five
 * times. On the hot paths (a delivery's reconcile in the php-fpm child, a queued reconcile) one instance is shared
 * instead, as a scoped binding: the request ends with it, and the queue worker forgets it before each job, so a
 * setting an admin changes is seen by the next job. Commands keep an instance per service, so a long go-live still
 * sees a pause.
 */
final class SettingsScope
{
    public static function share(Container $app): void
    {
        if (!$app->bound(Settings::class)) {
            $app->scoped(Settings::class);
        }
    }
}
