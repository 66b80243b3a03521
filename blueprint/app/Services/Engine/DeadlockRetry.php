<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine;

use Illuminate\Database\QueryException;

/**
 * Runs a step again when MariaDB picked it as a deadlock victim. Reconciles of different customers run at the
 * same time (the queue worker and the webhook's after-response pass), and the panel's own UserCreationService
 * writes password_resets inside its transaction, where concurrent account creations can deadlock. The step is
 * rolled back when that happens and every reconcile step is idempotent, so running it again is safe.
 */
final class DeadlockRetry
{
    public static function run(callable $step, int $tries = 4): mixed
    {
        for ($attempt = 1; ; $attempt++) {
            try {
                return $step();
            } catch (QueryException $e) {
                $deadlock = ($e->errorInfo[0] ?? null) === '40001' || in_array($e->errorInfo[1] ?? null, [1205, 1213], true);
                if (!$deadlock || $attempt >= $tries) {
                    throw $e;
                }
                usleep(random_int(20_000, 80_000) * $attempt);
            }
        }
    }
}
