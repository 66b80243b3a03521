<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log;

use Illuminate\Database\Connection;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\LogEntry;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\PlannedChange;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\LogCondition;

/**
 * ProvisioningLog::record() for many changes of one customer and one action that all succeeded, in three statements: the standing
 * conditions they end are deleted at once, the rows are inserted at once and read back. The caller holds the
 * customer's lock and is inside the apply transaction.
 */
class ProvisioningLogBatch
{
    public function __construct(private Connection $db)
    {
    }

    /**
     * @param PlannedChange[] $changes
     *
     * @return array<int, LogEntry> server id → the saved row
     */
    public function recordOk(Trigger $trigger, string $customerId, int $userId, array $changes, float $startedAt): array
    {
        if ($changes === []) {
            return [];
        }
        $now = now();
        // The rows were written together, so each shows the batch's time.
        $duration = (int) round((microtime(true) - $startedAt) * 1000);
        $rows = [];
        foreach ($changes as $change) {
            $rows[] = (new LogEntry())->forceFill([
                'trigger' => $trigger->type,
                'trigger_ref' => $trigger->ref,
                'customer_id' => $customerId,
                'user_id' => $userId,
                'server_id' => $change->serverId,
                'action' => $change->action,
                'permissions_before' => $change->before,
                'permissions_after' => $change->after,
                'outcome' => LogEntry::OUTCOME_OK,
                'error' => null,
                'duration_ms' => $duration,
                'created_at' => $now,
            ])->getAttributes();
        }
        $serverIds = array_map(fn (PlannedChange $c) => $c->serverId, $changes);
        $actions = array_unique(array_map(fn (PlannedChange $c) => $c->action, $changes));
        if (count($actions) !== 1) {
            throw new \InvalidArgumentException('A batch logs changes of one action, so it ends exactly their conditions.');
        }
        LogCondition::query()->where('customer_id', $customerId)->whereIn('server_id', $serverIds)->where('action', reset($actions))->delete();

        LogEntry::query()->insert($rows);
        // Every id this insert took is at least the first one, whatever the auto-increment lock mode; no other
        // writer logs for this customer while the lock is held.
        $firstId = (int) $this->db->getPdo()->lastInsertId();

        return LogEntry::query()->where('customer_id', $customerId)->where('id', '>=', $firstId)->whereIn('server_id', $serverIds)
            ->get()->keyBy('server_id')->all();
    }
}
