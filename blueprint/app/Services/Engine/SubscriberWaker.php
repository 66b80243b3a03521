<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine;

use Illuminate\Contracts\Foundation\Application;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\Trigger;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Settings\SettingsScope;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Jobs\ReconcileSubscriber;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Webhooks\InlineReconcileSlots;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Exceptions\SubscriberBusyException;

/**
 * Wakes a customer's reconcile after an event is stored. Load-adaptive: while one of the few inline slots is free,
 * the reconcile runs in this PHP process right after the sender has its answer (pteroq sleeps up to 3 s between
 * polls, so this is what makes access prompt) and nothing is queued; only if it cannot finish (another process
 * holds the customer, a server failed, an error) does it queue the job, which retries with backoff. With every slot
 * taken the job is queued and the wake waits in OverflowWakes, which a slot holder takes after its own reconcile
 * for up to DRAIN_SECONDS. The stored row (processed_at empty) stays the hand-off of record: a child killed
 * mid-reconcile leaves it to the every-minute tick.
 * A process holds one slot at most: a batch's customers run one after another in it, within the same drain time.
 * While a job is still waiting no other is queued: it reads every stored event when it starts, so a burst for
 * one customer costs one reconcile.
 */
class SubscriberWaker
{
    /** How long a slot holder goes on taking waiting wakes after its own; its slot is busy meanwhile. */
    public const DRAIN_SECONDS = 1.0;

    public function __construct(
        private PendingWakes $pending,
        private InlineReconcileSlots $slots,
        private OverflowWakes $overflow,
        private Application $app,
    ) {
    }

    /** @var list<array{0: string, 1: Trigger}>|null wakes this process runs after its answer, once it holds a slot */
    private ?array $inline = null;

    public function wake(string $customerId, Trigger $trigger): void
    {
        if ($this->inline !== null) {
            $this->inline[] = [$customerId, $trigger]; // a batch's customers share this process's one slot

            return;
        }
        $release = $this->slots->tryAcquire();
        if ($release === null) {
            $this->queue($customerId, $trigger);
            $this->overflow->push($customerId, $trigger);

            return;
        }
        $this->inline = [[$customerId, $trigger]];
        $this->app->terminating(function () use ($release) {
            SettingsScope::share($this->app);
            try {
                $until = microtime(true) + self::DRAIN_SECONDS;
                // The first always runs here; the rest while the drain lasts, then the queue takes them.
                for ($i = 0; $i < count($this->inline); ++$i) {
                    [$customerId, $trigger] = $this->inline[$i];
                    $i === 0 || microtime(true) < $until ? $this->reconcileHere($customerId, $trigger) : $this->queue($customerId, $trigger);
                }
                while (microtime(true) < $until && ($next = $this->overflow->pop()) !== null) {
                    $this->reconcileHere(...$next);
                }
            } finally {
                $this->inline = null;
                $release();
            }
        });
    }

    private function reconcileHere(string $customerId, Trigger $trigger): void
    {
        try {
            $failed = $this->app->make(SubscriberLock::class)->run($customerId, 0, fn () => $this->app->make(SubscriberReconciliationService::class)->handle($customerId, $trigger)->failed());
            if ($failed !== []) {
                $this->queue($customerId, $trigger); // the job's retries and backoff take the failed servers
            }
        } catch (SubscriberBusyException) {
            // Another process is on it and may have read before this event: the job is the hand-off of record, and
            // the wake waits in the overflow list too, so the next slot holder (often that very process, draining
            // after its own reconcile) applies it in milliseconds rather than at pteroq's next poll.
            $this->queue($customerId, $trigger);
            $this->overflow->push($customerId, $trigger);
        } catch (\Throwable $e) {
            report($e);
            $this->queue($customerId, $trigger);
        }
    }

    /** With Redis away there is no queue: the every-minute tick finds the unprocessed event. */
    private function queue(string $customerId, Trigger $trigger): void
    {
        try {
            if ($this->pending->claim($customerId)) {
                ReconcileSubscriber::dispatch($customerId, $trigger, null, 'high');
            }
        } catch (\Throwable $e) {
            report($e);
        }
    }
}
