<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine;

use Illuminate\Contracts\Foundation\Application;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\Trigger;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Jobs\ReconcileSubscriber;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Webhooks\InlineReconcileSlots;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Exceptions\SubscriberBusyException;

/**
 * Wakes a customer's reconcile after an event is stored: a queued job on the panel's worker (the hand-off of
 * record, with retries and backoff), and, because pteroq sleeps up to 3 s between polls, the same reconcile
 * right after the sender has its answer, in this PHP process. Whichever runs second finds nothing left to do; the
 * after-response pass never waits for the customer's lock (a php-fpm child is not held up for another process's
 * reconcile), since the queued job that was just dispatched covers whatever the holder missed.
 * While a job is still waiting no other is queued: it reads every stored event when it starts, so a burst for
 * one customer costs one reconcile.
 */
class SubscriberWaker
{
    public function __construct(private PendingWakes $pending, private Application $app)
    {
    }

    public function wake(string $customerId, Trigger $trigger): void
    {
        // With Redis away there is no coalescing and no queue; the reconcile below needs only the database, so it
        // still runs (and the every-minute tick catches whatever it could not finish).
        $queued = false;
        try {
            if (!$this->pending->claim($customerId)) {
                return;
            }
            ReconcileSubscriber::dispatch($customerId, $trigger, null, 'high');
            $queued = true;
        } catch (\Throwable $e) {
            report($e);
        }
        $this->app->terminating(function () use ($customerId, $trigger, $queued) {
            // Load-adaptive: inline only while few children are busy with it; else the queued job takes it.
            $release = $queued ? $this->app->make(InlineReconcileSlots::class)->tryAcquire() : static fn () => null;
            if ($release === null) {
                return;
            }
            try {
                $this->app->make(SubscriberLock::class)->run($customerId, 0, fn () => $this->app->make(SubscriberReconciliationService::class)->handle($customerId, $trigger));
            } catch (SubscriberBusyException) {
                // Another process is on it; the queued job runs after it.
            } catch (\Throwable $e) {
                report($e); // the queued job retries it
            } finally {
                $release();
            }
        });
    }
}
