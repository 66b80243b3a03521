<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine;

use Carbon\CarbonImmutable;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\Trigger;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Jobs\ReconcileSubscriber;

/**
 * A full reconcile started by an admin, with progress the page can poll: the customers are read in chunks
 * (ChunkPrefetch, as the scheduled full reconcile does), those already in line count as done at once, and each of
 * the others gets a queued job.
 */
class ReconcileRunStarter
{
    public function __construct(private ReconcileRuns $runs, private SubscriberLookup $lookup, private ChunkPrefetch $prefetch)
    {
    }

    /** @return array{run_id: string, total: int, done: int, failed: int, finished: bool} */
    public function start(Trigger $trigger): array
    {
        $customers = $this->lookup->all();
        $needing = $this->prefetch->needingReconcile($customers, CarbonImmutable::now());
        $runId = $this->runs->open(count($customers));
        $this->runs->recordInLine($runId, count($customers) - count($needing));
        foreach ($needing as $customerId) {
            ReconcileSubscriber::dispatch($customerId, $trigger, $runId, 'low');
        }

        return $this->runs->progress($runId) ?? throw new \LogicException("Reconcile run {$runId} was not stored.");
    }
}
