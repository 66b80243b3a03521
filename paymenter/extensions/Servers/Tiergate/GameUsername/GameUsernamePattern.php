<?php

namespace Paymenter\Extensions\Servers\Tiergate\GameUsername;

/**
 * The in-game names the panel takes (blueprint/app/Contract/GameUsernamePattern.php in the Tiergate repository;
 * this package cannot load the panel's classes, so the rule is repeated here): the pattern, matched whole-string,
 * AND none of the characters that could break out of a console command, whatever the pattern allows.
 */
final class GameUsernamePattern
{
    public const DEFAULT = '^[A-Za-z0-9_]{3,16}$';

    private const UNSAFE = '/[\s\p{Cc}\p{Cf}\p{Zl}\p{Zp};§"\'`\\\\{}]/u';

    private function __construct(public readonly string $pattern)
    {
    }

    /** The server's setting; empty or not compiling falls back to the default (Java edition names). */
    public static function of(mixed $pattern): self
    {
        $pattern = is_string($pattern) ? trim($pattern) : '';

        return $pattern !== '' && !str_contains($pattern, "\x01") && @preg_match(self::regex($pattern), '') !== false
            ? new self($pattern) : new self(self::DEFAULT);
    }

    public function accepts(string $name): bool
    {
        return $name !== '' && mb_check_encoding($name, 'UTF-8') && preg_match(self::UNSAFE, $name) !== 1
            && preg_match(self::regex($this->pattern), $name) === 1;
    }

    private static function regex(string $pattern): string
    {
        return "\x01{$pattern}\x01Du";
    }
}
