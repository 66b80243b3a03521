<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel;

/**
 * The panel's users.external_id for a billing customer: `paymenter:{id}`, or `paymenter:sha256:{hex of the id}` when
 * that is over the column's 191 characters, or when another account already holds the plain form under the panel's
 * utf8mb4_unicode_ci comparison (ids that differ only in case, Unicode normalization or trailing spaces), which
 * the panel's `unique:users,external_id` rule would refuse.
 */
final class CustomerExternalId
{
    public const PREFIX = 'paymenter:';
    public const HASHED_PREFIX = 'paymenter:sha256:';
    public const MAX_LENGTH = 191;

    /** @return string[] every form the customer's account may carry, preferred first */
    public static function candidates(string $customerId): array
    {
        $plain = self::PREFIX . $customerId;
        $hashed = self::HASHED_PREFIX . hash('sha256', $customerId);

        return mb_strlen($plain, 'UTF-8') <= self::MAX_LENGTH ? [$plain, $hashed] : [$hashed];
    }

    public static function preferred(string $customerId): string
    {
        return self::candidates($customerId)[0];
    }
}
