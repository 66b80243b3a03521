<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel;

/**
 * First and last names the panel's rules accept (`required|string|between:1,191`; `required` refuses a string that
 * PHP's trim() empties): control and format characters are dropped, runs of spaces collapsed, the ends trimmed and
 * the length cut. A name that is left empty ("", " ", "\u0000") becomes a placeholder, since a sender cannot fix it.
 */
final class AccountNames
{
    public const PLACEHOLDER = 'Subscriber';
    private const MAX_LENGTH = 191;

    public static function first(?string $name): string
    {
        return self::clean($name) ?? self::PLACEHOLDER;
    }

    public static function last(?string $name, string $customerId): string
    {
        return self::clean($name) ?? self::clean($customerId) ?? self::PLACEHOLDER;
    }

    private static function clean(?string $name): ?string
    {
        $name = preg_replace('/[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}]+/u', '', (string) $name);
        $name = preg_replace('/[\s\p{Z}]+/u', ' ', (string) $name);
        $name = mb_substr(trim((string) $name), 0, self::MAX_LENGTH, 'UTF-8');

        return trim($name) === '' ? null : trim($name);
    }
}
