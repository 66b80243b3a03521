<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine;

use Illuminate\Support\Str;
use Illuminate\Contracts\Cache\Repository as Cache;

/** The progress of a full reconcile (ReconcileRunStarter queues its jobs), kept for the page to poll. */
class ReconcileRuns
{
    private const TTL = 86400;

    public function __construct(private Cache $cache)
    {
    }

    /** @return string the new run's id */
    public function open(int $total): string
    {
        $runId = (string) Str::uuid();
        $this->cache->put("tiergate:run:{$runId}:total", $total, self::TTL);

        return $runId;
    }

    /** @return array{run_id: string, total: int, done: int, failed: int, finished: bool}|null null: no such run (or expired) */
    public function progress(string $runId): ?array
    {
        $total = $this->cache->get("tiergate:run:{$runId}:total");
        if ($total === null) {
            return null;
        }
        $done = (int) $this->cache->get("tiergate:run:{$runId}:done", 0);

        return ['run_id' => $runId, 'total' => (int) $total, 'done' => min($done, (int) $total), 'failed' => (int) $this->cache->get("tiergate:run:{$runId}:failed", 0), 'finished' => $done >= $total];
    }

    /** Customers found in line without a reconcile (ChunkPrefetch) are done at once. */
    public function recordInLine(string $runId, int $count): void
    {
        if ($count > 0) {
            $this->cache->increment("tiergate:run:{$runId}:done", $count);
        }
    }

    /** Counts a customer's first attempt only, so retries later do not count twice. */
    public function record(string $runId, bool $failed): void
    {
        $this->cache->increment("tiergate:run:{$runId}:done");
        if ($failed) {
            $this->cache->increment("tiergate:run:{$runId}:failed");
        }
    }
}
