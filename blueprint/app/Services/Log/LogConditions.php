<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log;

use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\LogEntry;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\LogCondition;

/**
 * Decides whether a log row says something new. A conflict is met again by every reconcile until a person acts
 * (the queued job and the after-response pass of one event, then every full reconcile), so it is logged when it
 * appears or changes, not each time; any other outcome for the same place ends the condition. Callers hold the
 * customer's lock, so two reconciles never race on one condition.
 */
class LogConditions
{
    public function isNew(string $customerId, ?int $serverId, string $action, string $outcome, string $fingerprint): bool
    {
        $key = ['customer_id' => $customerId, 'server_id' => $serverId ?? LogCondition::ACCOUNT, 'action' => $action];
        // Standing conditions: a conflict, and what shadow mode would do (planned again by every reconcile).
        if ($outcome !== LogEntry::OUTCOME_CONFLICT && $outcome !== LogEntry::OUTCOME_SHADOW) {
            LogCondition::query()->where($key)->delete();

            return true;
        }
        if (LogCondition::query()->where($key)->value('fingerprint') === $fingerprint) {
            return false;
        }
        LogCondition::query()->updateOrCreate($key, ['fingerprint' => $fingerprint, 'created_at' => now()]);

        return true;
    }

    /**
     * After a reconcile: a server conflict that this pass did not meet again is over (the subuser row in the way
     * was removed, or the server is no longer wanted), and so is an account conflict once the account is linked.
     *
     * @param int[] $conflictedServerIds
     */
    public function settle(string $customerId, array $conflictedServerIds, bool $accountLinked): void
    {
        LogCondition::query()->where('customer_id', $customerId)
            ->where(fn ($over) => $over->where(fn ($q) => $q->where('server_id', '!=', LogCondition::ACCOUNT)->whereNotIn('server_id', $conflictedServerIds))
                ->when($accountLinked, fn ($q) => $q->orWhere(fn ($q) => $q->where('server_id', LogCondition::ACCOUNT)->where('action', 'account.link'))))
            ->delete();
    }
}
