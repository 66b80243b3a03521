<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Core;

use DateTimeImmutable;

/** A role template: the servers a tier covers and the subuser permissions it gets there. */
final class Template
{
    /** @var string[] */
    public readonly array $permissions;

    /** @param string[] $permissions already validated against the panel's permission catalogue */
    public function __construct(
        public readonly string $key,
        public readonly string $name,
        public readonly ServerSelector $selector,
        array $permissions,
        public readonly DateTimeImmutable $savedAt,
    ) {
        $this->permissions = Permissions::normalize($permissions);
    }
}
