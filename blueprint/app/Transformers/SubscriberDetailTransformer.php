<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Transformers;

use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Grant;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\PlannedChange;

/** The parts of one subscriber's page beside the subscriber itself (contract/admin.ts GrantWire, PlannedChangeWire). */
class SubscriberDetailTransformer
{
    /**
     * $grant carries `server_name` (SubscriberQuery::grants).
     *
     * @return array<string, mixed>
     */
    public function grant(Grant $grant): array
    {
        return [
            'server_id' => (int) $grant->server_id,
            'server_name' => (string) $grant->getAttribute('server_name'),
            'permissions' => $grant->permissions,
            'revocation_pending' => (bool) $grant->revocation_pending,
            'applied_at' => $grant->applied_at->toIso8601String(),
        ];
    }

    /**
     * @param array<int, string> $serverNames
     *
     * @return array<string, mixed>
     */
    public function change(PlannedChange $change, array $serverNames): array
    {
        return [
            'server_id' => $change->serverId,
            'server_name' => $serverNames[$change->serverId] ?? "server {$change->serverId}",
            'action' => $change->action,
            'before' => $change->before,
            'after' => $change->after,
        ];
    }
}
