<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Core;

/** An in-game action that was wanted on a server but whose command was refused as unsafe; nothing is sent for it. */
final class GameRefusal
{
    public function __construct(
        public readonly string $serverUuid,
        public readonly string $serverName,
        public readonly string $templateKey,
        public readonly string $label,
        public readonly string $reason,
    ) {
    }
}
