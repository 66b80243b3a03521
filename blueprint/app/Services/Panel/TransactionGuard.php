<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel;

use Illuminate\Database\Connection;

/**
 * Runs a call into the panel and, when it throws, rolls the connection back to the transaction level it had
 * before. The panel's UserCreationService opens a transaction with beginTransaction() and never rolls it back
 * when the insert fails (a unique race, a deadlock, a validation error), so without this the long-lived queue
 * worker would stay inside that transaction and no later job's writes would ever be committed.
 */
class TransactionGuard
{
    /** The connection itself, not its contract: only Connection::rollBack() takes the level to roll back to. */
    public function __construct(private Connection $db)
    {
    }

    public function run(callable $call): mixed
    {
        $level = $this->db->transactionLevel();
        try {
            return $call();
        } catch (\Throwable $e) {
            $this->restore($level);
            throw $e;
        }
    }

    private function restore(int $level): void
    {
        if ($this->db->transactionLevel() <= $level) {
            return;
        }
        try {
            $this->db->rollBack($level);
        } catch (\Throwable) {
            // The savepoint is gone because the server already rolled the whole transaction back (a deadlock
            // victim); only a full rollback resets the connection's count, and the caller's retry starts over.
            $this->db->rollBack(0);
        }
    }
}
