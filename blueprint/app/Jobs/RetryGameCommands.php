<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Jobs;

use Illuminate\Bus\Queueable;
use Illuminate\Queue\InteractsWithQueue;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Foundation\Bus\Dispatchable;
use Illuminate\Contracts\Queue\ShouldBeUnique;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Exceptions\SubscriberBusyException;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\SubscriberReconciliationService;

/**
 * Retries one customer's in-game commands whose server was offline, once their backoff has run out; queued by
 * tiergate:tick. Not retried itself: the commands keep their next attempt time and the next tick queues it again.
 */
class RetryGameCommands implements ShouldQueue, ShouldBeUnique
{
    use Dispatchable;
    use InteractsWithQueue;
    use Queueable;

    public int $tries = 1;

    public int $timeout = 300;

    public int $uniqueFor = 300;

    public function __construct(public readonly string $customerId)
    {
        $this->onQueue('high');
    }

    public function uniqueId(): string
    {
        return $this->customerId;
    }

    public function handle(SubscriberReconciliationService $service): void
    {
        try {
            $service->retryGameCommands($this->customerId);
        } catch (SubscriberBusyException) {
            // A reconcile of this customer is running, and it sends their pending commands itself.
        }
    }
}
