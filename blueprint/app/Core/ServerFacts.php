<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Core;

/** What a server selector may look at. */
final class ServerFacts
{
    public function __construct(
        public readonly int $id,
        public readonly int $nodeId,
        public readonly int $locationId,
        public readonly int $nestId,
        public readonly int $eggId,
        public readonly int $ownerId,
        public readonly \DateTimeImmutable $createdAt,
        /** What in-game actions need: the server's uuid (Wings' id for it) and the name {server} stands for. */
        public readonly string $uuid = '',
        public readonly string $name = '',
    ) {
    }
}
