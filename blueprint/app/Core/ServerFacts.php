<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Core;

use DateTimeImmutable;

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
        public readonly DateTimeImmutable $createdAt,
    ) {
    }
}
