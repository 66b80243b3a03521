<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Notifications;

/**
 * Standard Webhooks' example schedule, as the Paymenter extension uses: immediately, 5 s, 5 min, 30 min, 2 h, 5 h,
 * 10 h, 14 h, 20 h, 24 h (about 3 days in all). A message whose tenth try fails is dead and needs attention.
 */
final class NotificationRetrySchedule
{
    public const DELAYS = [0, 5, 300, 1800, 7200, 18000, 36000, 50400, 72000, 86400];

    public const MAX_ATTEMPTS = 10;

    /** @return int|null seconds until the next try after `$attempts` failed ones, null when they are used up */
    public static function delayAfter(int $attempts): ?int
    {
        return $attempts >= self::MAX_ATTEMPTS ? null : (self::DELAYS[$attempts] ?? null);
    }
}
