<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Contract;

/**
 * Which in-game names Tiergate takes: the admin's pattern (setting `game_username_pattern`, Java edition names by
 * default) AND none of the characters that could break out of a console command, whatever the pattern allows.
 * The pattern is matched whole-string: `$` does not accept a trailing newline here (PCRE's D modifier).
 */
final class GameUsernamePattern
{
    public const DEFAULT = '^[A-Za-z0-9_]{3,16}$';

    /** Whitespace, control and format characters, `;`, `§` (Minecraft's formatting code), quotes, backslash, braces. */
    public const UNSAFE = '/[\s\p{Cc}\p{Cf}\p{Zl}\p{Zp};§"\'`\\\\{}]/u';

    private function __construct(public readonly string $pattern)
    {
    }

    /** The admin's pattern; one that does not compile falls back to the default (the settings form refuses those). */
    public static function of(mixed $pattern): self
    {
        return is_string($pattern) && $pattern !== '' && self::compiles($pattern) ? new self($pattern) : new self(self::DEFAULT);
    }

    public static function compiles(string $pattern): bool
    {
        return !str_contains($pattern, "\x01") && @preg_match(self::regex($pattern), '') !== false;
    }

    /** @return string|null why the name is refused, or null when it is fine */
    public function refusal(string $name): ?string
    {
        $shown = self::shown($name);
        if ($name === '') {
            return 'The in-game name is empty; send a name or none at all (null, or leave the field out).';
        }
        if (!mb_check_encoding($name, 'UTF-8') || preg_match(self::UNSAFE, $name) === 1) {
            return "The in-game name {$shown} holds a character that is not allowed in a console command (whitespace, control characters, ;, §, quotes, backslash or braces).";
        }
        if (preg_match(self::regex($this->pattern), $name) !== 1) {
            return "The in-game name {$shown} does not match the panel's game_username_pattern {$this->pattern}.";
        }

        return null;
    }

    public function accepts(string $name): bool
    {
        return $this->refusal($name) === null;
    }

    /** The name as JSON (quotes, escapes for newlines and controls), cut short, so a reason never carries raw bytes. */
    private static function shown(string $name): string
    {
        $json = json_encode(mb_strimwidth(mb_scrub($name, 'UTF-8'), 0, 40, '…', 'UTF-8'), JSON_UNESCAPED_SLASHES);

        return $json === false ? '(unreadable)' : $json;
    }

    /** \x01 as the delimiter: it cannot occur in an admin's pattern (compiles() refuses it), so nothing needs escaping. */
    private static function regex(string $pattern): string
    {
        return "\x01{$pattern}\x01Du";
    }
}
