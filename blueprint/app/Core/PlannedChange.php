<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Core;

/** One step of a plan: make Tiergate's subuser row on one server match what is desired. */
final class PlannedChange
{
    public const GRANT = 'grant';
    public const UPDATE = 'update';
    public const REVOKE = 'revoke';

    /**
     * @param self::GRANT|self::UPDATE|self::REVOKE $action
     * @param string[] $before
     * @param string[] $after
     */
    public function __construct(
        public readonly string $action,
        public readonly int $serverId,
        public readonly array $before,
        public readonly array $after,
    ) {
    }

    public function describe(): string
    {
        return sprintf('%s server %d: [%s] → [%s]', $this->action, $this->serverId, implode(', ', $this->before), implode(', ', $this->after));
    }
}
