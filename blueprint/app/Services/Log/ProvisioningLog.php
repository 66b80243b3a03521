<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log;

use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\LogEntry;

class ProvisioningLog
{
    public function __construct(private LogConditions $conditions)
    {
    }

    /**
     * Writes one row, unless it repeats the conflict already logged for that customer, server and action: then the
     * entry is returned unsaved (`exists` is false) so callers still read its outcome.
     *
     * @param string[]|null $before
     * @param string[]|null $after
     */
    public function record(Trigger $trigger, ?string $customerId, ?int $userId, ?int $serverId, string $action, ?array $before, ?array $after, string $outcome, ?string $error = null, float $startedAt = 0): LogEntry
    {
        $entry = new LogEntry([
            'trigger' => $trigger->type,
            'trigger_ref' => $trigger->ref,
            'customer_id' => $customerId,
            'user_id' => $userId,
            'server_id' => $serverId,
            'action' => $action,
            'permissions_before' => $before,
            'permissions_after' => $after,
            'outcome' => $outcome,
            'error' => $error,
            'duration_ms' => $startedAt > 0 ? (int) round((microtime(true) - $startedAt) * 1000) : 0,
            'created_at' => now(),
        ]);
        $fingerprint = hash('sha256', json_encode([$outcome, $error, $userId, $before, $after], JSON_INVALID_UTF8_SUBSTITUTE));
        if ($customerId === null || $this->conditions->isNew($customerId, $serverId, $action, $outcome, $fingerprint)) {
            $entry->save();
        }

        return $entry;
    }
}
