<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log;

use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\LogEntry;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\PlannedChange;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Database\InsertedIds;

/**
 * ProvisioningLog::record() for many changes of one customer and one action that all succeeded, in one statement (their
 * ids read back only when the database may not have given them consecutively). The caller holds the customer's lock and is inside the apply
 * transaction.
 */
class ProvisioningLogBatch
{
    public function __construct(private InsertedIds $insertedIds)
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
        $actions = array_unique(array_map(fn (PlannedChange $c) => $c->action, $changes));
        if (count($actions) !== 1) {
            throw new \InvalidArgumentException('A batch logs changes of one action.');
        }
        $now = now();
        // The rows were written together, so each shows the batch's time.
        $duration = (int) round((microtime(true) - $startedAt) * 1000);
        $shapes = [];
        $rows = [];
        foreach ($changes as $change) {
            // Built through the model (its JSON and date formats), once per permission change: most are the same.
            $rows[] = ['server_id' => $change->serverId] + ($shapes[json_encode([$change->before, $change->after])] ??= (new LogEntry())->forceFill([
                'trigger' => $trigger->type,
                'trigger_ref' => $trigger->ref,
                'customer_id' => $customerId,
                'user_id' => $userId,
                'action' => $change->action,
                'permissions_before' => $change->before,
                'permissions_after' => $change->after,
                'outcome' => LogEntry::OUTCOME_OK,
                'error' => null,
                'duration_ms' => $duration,
                'created_at' => $now,
            ])->getAttributes());
        }
        // The standing conditions these rows end (a conflict on the server) are ended by the same reconcile's
        // LogConditions::settle, in this transaction, with every other condition it did not meet again.
        $serverIds = array_map(fn (PlannedChange $c) => $c->serverId, $changes);

        LogEntry::query()->insert($rows);
        // No other writer logs for this customer while the lock is held.
        $ids = $this->insertedIds->of(count($rows), fn (int $firstId) => LogEntry::query()->where('customer_id', $customerId)
            ->where('id', '>=', $firstId)->whereIn('server_id', $serverIds)->orderBy('id')->pluck('id')->map(fn ($id) => (int) $id)->all());

        $entries = [];
        foreach ($rows as $i => $row) {
            $entries[$row['server_id']] = (new LogEntry())->newFromBuilder(['id' => $ids[$i]] + $row);
        }

        return $entries;
    }
}
