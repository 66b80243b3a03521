<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Core;

/** A role template: the servers a tier covers, the subuser permissions it gets there and its in-game actions. */
final class Template
{
    /** @var string[] */
    public readonly array $permissions;

    /**
     * @param string[] $permissions already validated against the panel's permission catalogue
     * @param GameAction[] $gameActions console commands run on grant and on revoke, in order
     */
    public function __construct(
        public readonly string $key,
        public readonly string $name,
        public readonly ServerSelector $selector,
        array $permissions,
        public readonly \DateTimeImmutable $savedAt,
        public readonly array $gameActions = [],
    ) {
        $this->permissions = Permissions::normalize($permissions);
    }
}
