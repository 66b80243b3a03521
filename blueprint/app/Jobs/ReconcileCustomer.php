<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Jobs;

use Illuminate\Bus\Queueable;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Foundation\Bus\Dispatchable;
use Illuminate\Queue\InteractsWithQueue;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Subscription;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\CustomerReconciliationService;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\ReconcileRuns;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\Trigger;

/**
 * Runs one customer's reconcile on the panel's queue worker. A server that could not be brought in line makes
 * the job fail and retry with growing delays (9 tries over about 27 hours); after the last one the customer
 * is marked "needs attention" for the admin.
 */
class ReconcileCustomer implements ShouldQueue
{
    use Dispatchable;
    use InteractsWithQueue;
    use Queueable;

    public int $tries = 9;

    public int $timeout = 300;

    /**
     * On the panel's own queues, which pteroq drains in order: `high` for what a customer is waiting on (events,
     * grace ends), `standard` for catch-up, `low` for full reconciles.
     */
    public function __construct(public readonly string $customerId, public readonly Trigger $trigger, public readonly ?string $runId = null, string $queue = 'standard')
    {
        $this->onQueue($queue);
    }

    /** 1 min, 5 min, 30 min, 1 h, 2 h, 4 h, 8 h, 12 h: about 27.6 h in all. */
    public function backoff(): array
    {
        return [60, 300, 1800, 3600, 7200, 14400, 28800, 43200];
    }

    public function handle(CustomerReconciliationService $service, SubscriberWaker $waker, ReconcileRuns $runs): void
    {
        $waker->started($this->customerId);
        try {
            $failed = $service->handle($this->customerId, $this->trigger)->failed();
        } catch (\Throwable $e) {
            $failed = [$e->getMessage()];
            throw $e;
        } finally {
            if ($this->runId !== null && $this->attempts() === 1) {
                $runs->record($this->runId, $failed !== []);
            }
        }
        if ($failed !== []) {
            throw new \RuntimeException('Tiergate could not apply access on server(s) ' . implode(', ', $failed) . ' for customer ' . $this->customerId . '; retrying.');
        }
    }

    public function failed(\Throwable $e): void
    {
        Subscription::query()->where('customer_id', $this->customerId)->update([
            'needs_attention' => true,
            'last_error' => mb_strimwidth('Gave up after ' . $this->tries . ' tries: ' . $e->getMessage(), 0, 1000, '…'),
        ]);
    }
}
