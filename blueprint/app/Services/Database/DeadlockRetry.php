<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Database;

use Illuminate\Database\QueryException;

/**
 * Runs a step again when MariaDB picked it as a deadlock victim. Reconciles of different customers run at the
 * same time (the queue worker and the webhook's after-response pass), and the panel's own UserCreationService
 * writes password_resets inside its transaction, where concurrent account creations can deadlock. The server
 * rolls the whole transaction back when that happens and every reconcile step is idempotent, so running it
 * again is safe. A deadlock must never be caught and swallowed inside a transaction (see isDeadlock()).
 */
final class DeadlockRetry
{
    public static function run(callable $step, int $tries = 4): mixed
    {
        for ($attempt = 1;; ++$attempt) {
            try {
                return $step();
            } catch (QueryException $e) {
                if (!self::isDeadlock($e) || $attempt >= $tries) {
                    throw $e;
                }
                usleep(random_int(20_000, 80_000) * $attempt);
            }
        }
    }

    /** After one of these the server has rolled back the whole transaction, not just the failed statement. */
    public static function isDeadlock(\Throwable $e): bool
    {
        return $e instanceof QueryException
            && (($e->errorInfo[0] ?? null) === '40001' || in_array($e->errorInfo[1] ?? null, [1205, 1213], true));
    }
}
