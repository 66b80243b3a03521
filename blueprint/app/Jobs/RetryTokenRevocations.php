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
 * Retries one customer's token revocations whose backoff has run out, queued by tiergate:tick. Not retried
 * itself: the grant keeps its next attempt time and the next tick queues it again. One per customer at a time.
 */
class RetryTokenRevocations implements ShouldQueue, ShouldBeUnique
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
            $service->retryRevocations($this->customerId);
        } catch (SubscriberBusyException) {
            // A reconcile of this customer is running, and it flushes their pending revocations itself.
        }
    }
}
