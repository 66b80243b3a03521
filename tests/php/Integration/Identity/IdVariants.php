<?php

namespace Tiergate\Tests\Integration\Identity;

/**
 * Pairs of ids that are different bytes but equal under utf8mb4_unicode_ci (case, NFC vs NFD) or under any
 * PAD SPACE collation, utf8mb4_bin included (a trailing space). Seeded, so a failure names a reproducible case.
 */
final class IdVariants
{
    public const KINDS = ['case', 'normalization', 'trailing-space'];

    private const LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789_-';

    public function __construct(private int $seed)
    {
        mt_srand($seed);
    }

    /** @return array{0: string, 1: string} two distinct ids of this kind, around $length characters */
    public function pair(string $kind, int $length): array
    {
        $base = $this->word(max(3, $length - 2));

        return match ($kind) {
            // One letter upper-cased in the second; at least one letter is guaranteed by the leading "x".
            'case' => ['x' . $base, 'X' . $base],
            // "é" precomposed (U+00E9) against "e" + U+0301: one character apart in length, same text to a person.
            'normalization' => ["\u{00E9}" . $base, "e\u{0301}" . $base],
            'trailing-space' => [$base, $base . ' '],
        };
    }

    public function word(int $length): string
    {
        $word = '';
        for ($i = 0; $i < $length; ++$i) {
            $word .= self::LETTERS[mt_rand(0, strlen(self::LETTERS) - 1)];
        }

        return $word;
    }
}
