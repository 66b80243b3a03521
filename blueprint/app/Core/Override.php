<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Core;

/** An admin's manual decision about a subscriber; it beats billing state until it expires. */
final class Override
{
    public const GRANT = 'grant';
    public const SUSPEND = 'suspend';

    public function __construct(public readonly string $kind, public readonly ?\DateTimeImmutable $until = null)
    {
        if (!in_array($kind, [self::GRANT, self::SUSPEND], true)) {
            throw new \InvalidArgumentException("Unknown override \"{$kind}\"; use grant or suspend (resume removes an override).");
        }
    }

    public function activeAt(\DateTimeImmutable $now): bool
    {
        return $this->until === null || $now < $this->until;
    }
}
