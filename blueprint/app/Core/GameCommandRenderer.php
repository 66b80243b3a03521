<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Core;

use Pterodactyl\BlueprintFramework\Extensions\tiergate\Exceptions\UnsafeGameCommandException;

/**
 * Fills a command's placeholders. A console reads one line as one command, so every value is refused when it
 * could end the argument or the line, or smuggle in formatting: whitespace, control and format characters, `;`,
 * `§`, quotes, backslash and braces. The rendered command must be one line of printable text. Nothing refused
 * is ever returned: the caller gets an exception and sends nothing.
 */
final class GameCommandRenderer
{
    public const PLACEHOLDERS = ['player', 'uuid', 'tier', 'tier_name', 'server'];

    private const UNSAFE_VALUE = '/[\s\p{Cc}\p{Cf}\p{Zl}\p{Zp};§"\'`\\\\{}]/u';
    private const UNSAFE_COMMAND = '/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u';
    private const MAX_LENGTH = 1000;

    /** @return string[] the placeholders a command uses, known or not; other braces (a tellraw JSON) are plain text */
    public static function placeholders(string $command): array
    {
        preg_match_all('/\{([a-z_]+)\}/', $command, $m);

        return array_values(array_unique($m[1]));
    }

    /**
     * @param array<string, string|null> $values placeholder → value; an empty or null value is unknown
     *
     * @return string|null the command, or null when it uses a placeholder whose value is unknown (the action is skipped)
     *
     * @throws UnsafeGameCommandException
     */
    public static function render(string $command, array $values): ?string
    {
        $used = self::placeholders($command);
        foreach ($used as $name) {
            if (!in_array($name, self::PLACEHOLDERS, true)) {
                throw new UnsafeGameCommandException("The command uses an unknown placeholder {{$name}}.");
            }
            $value = $values[$name] ?? null;
            if ($value === null || $value === '') {
                return null;
            }
            if (!mb_check_encoding($value, 'UTF-8') || preg_match(self::UNSAFE_VALUE, $value) === 1) {
                throw new UnsafeGameCommandException(sprintf(
                    'The value of {%s}, %s, holds a character that is not allowed in a console command (whitespace, control characters, ;, §, quotes, backslash or braces).',
                    $name,
                    json_encode(mb_strimwidth(mb_scrub($value, 'UTF-8'), 0, 40, '…', 'UTF-8'), JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES) ?: '(unreadable)',
                ));
            }
        }
        $rendered = strtr($command, array_combine(array_map(fn ($n) => "{{$n}}", $used), array_map(fn ($n) => (string) $values[$n], $used)));
        if (!mb_check_encoding($rendered, 'UTF-8') || preg_match(self::UNSAFE_COMMAND, $rendered) === 1 || strlen($rendered) > self::MAX_LENGTH) {
            throw new UnsafeGameCommandException('The command is not one line of printable text (at most ' . self::MAX_LENGTH . ' bytes).');
        }

        return $rendered;
    }
}
