<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Core;

/**
 * What the admin search matches: the start of any word of a subscriber's ids, emails, names and in-game names.
 * A value is stored once per word it holds, from that word to its end ("sam.target@example.net" as
 * "sam.target@example.net", "target@example.net", "example.net" and "net"), lower-cased, so that a search is a
 * prefix seek on one index however many subscribers there are. A word starts at a letter or digit after anything
 * else; "@example" is sought as "example".
 */
final class SearchTerms
{
    /** The column's length in characters (191 × 4 bytes fits an index key beside a customer id). */
    public const MAX_LENGTH = 191;

    /**
     * @param array<int, ?string> $values
     *
     * @return string[] every term, unique, sorted (byte order, as the column compares)
     */
    public static function of(array $values): array
    {
        $terms = [];
        foreach ($values as $value) {
            $value = self::normalize((string) $value);
            if ($value === '') {
                continue;
            }
            preg_match_all('/(?<![\p{L}\p{N}])[\p{L}\p{N}]/u', $value, $starts, PREG_OFFSET_CAPTURE);
            foreach ($starts[0] as [, $offset]) {
                $terms[self::cap(substr($value, $offset))] = true;
            }
        }
        $terms = array_map('strval', array_keys($terms));
        sort($terms, SORT_STRING);

        return $terms;
    }

    /** What a typed text is sought as: from its first letter or digit, lower-cased; '' when it holds neither. */
    public static function needle(string $text): string
    {
        $text = self::normalize($text);

        return preg_match('/[\p{L}\p{N}].*/us', $text, $m) === 1 ? self::cap($m[0]) : '';
    }

    private static function normalize(string $value): string
    {
        $value = trim($value);

        return mb_check_encoding($value, 'UTF-8') ? mb_strtolower($value, 'UTF-8') : '';
    }

    private static function cap(string $term): string
    {
        return mb_substr($term, 0, self::MAX_LENGTH, 'UTF-8');
    }
}
