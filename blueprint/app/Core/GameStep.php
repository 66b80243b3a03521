<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Core;

/** One step of an in-game plan: put an effect in place (grant) or take it away (revoke) on its server. */
final class GameStep
{
    public const GRANT = 'grant';
    public const REVOKE = 'revoke';

    public function __construct(public readonly string $kind, public readonly GameEffect $effect)
    {
    }

    /** The console command this step sends, or null when the action has no command for it (only the record changes). */
    public function command(): ?string
    {
        return $this->kind === self::GRANT ? $this->effect->grant : $this->effect->revoke;
    }
}
