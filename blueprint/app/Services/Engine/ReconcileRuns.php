<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine;

use Illuminate\Contracts\Cache\Repository as Cache;
use Illuminate\Support\Str;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Jobs\ReconcileCustomer;

/** A full reconcile started by an admin: one queued job per customer, with progress the page can poll. */
class ReconcileRuns
{
    private const TTL = 86400;

    public function __construct(private Cache $cache, private SubscriberLookup $lookup)
    {
    }

    /** @return array{run_id: string, total: int, done: int, failed: int, finished: bool} */
    public function start(Trigger $trigger): array
    {
        $runId = (string) Str::uuid();
        $customers = $this->lookup->all();
        $this->cache->put("tiergate:run:{$runId}:total", count($customers), self::TTL);
        foreach ($customers as $customerId) {
            ReconcileCustomer::dispatch($customerId, $trigger, $runId, 'low');
        }

        return $this->progress($runId);
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

    /** Counts a customer's first attempt only, so retries later do not count twice. */
    public function record(string $runId, bool $failed): void
    {
        $this->cache->increment("tiergate:run:{$runId}:done");
        if ($failed) {
            $this->cache->increment("tiergate:run:{$runId}:failed");
        }
    }
}
