<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine;

use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\Trigger;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Jobs\ReconcileSubscriber;

/** A full reconcile started by an admin: one queued job per customer, with progress the page can poll. */
class ReconcileRunStarter
{
    public function __construct(private ReconcileRuns $runs, private SubscriberLookup $lookup)
    {
    }

    /** @return array{run_id: string, total: int, done: int, failed: int, finished: bool} */
    public function start(Trigger $trigger): array
    {
        $customers = $this->lookup->all();
        $runId = $this->runs->open(count($customers));
        foreach ($customers as $customerId) {
            ReconcileSubscriber::dispatch($customerId, $trigger, $runId, 'low');
        }

        return $this->runs->progress($runId) ?? throw new \LogicException("Reconcile run {$runId} was not stored.");
    }
}
