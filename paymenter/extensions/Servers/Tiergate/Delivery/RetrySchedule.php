<?php

namespace Paymenter\Extensions\Servers\Tiergate\Delivery;

/**
 * Standard Webhooks' example schedule: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h
 * (about 3 days and 3 hours in all). After the last try a row stays visibly `failed` until an admin retries it.
 */
final class RetrySchedule
{
    public const DELAYS = [0, 5, 300, 1800, 7200, 18000, 36000, 50400, 72000, 86400];

    /** @return int|null seconds until the next try after `$attempts` failed ones, or null when they are used up */
    public static function delayAfter(int $attempts): ?int
    {
        return self::DELAYS[$attempts] ?? null;
    }

    /** 2xx delivered; 408 and 429 are worth retrying; any other 4xx is the sender's mistake and will not improve. */
    public static function isPermanent(int $status): bool
    {
        return $status >= 400 && $status < 500 && !in_array($status, [408, 429], true);
    }
}
