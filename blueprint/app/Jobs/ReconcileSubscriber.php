<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Jobs;

use Carbon\CarbonImmutable;
use Illuminate\Bus\Queueable;
use Illuminate\Queue\InteractsWithQueue;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Foundation\Bus\Dispatchable;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\LogEntry;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Subscription;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\Trigger;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Settings\SettingsScope;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Webhooks\StorageOutage;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\PendingWakes;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\ChunkPrefetch;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\ReconcileRuns;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\SubscriberLock;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel\AccountResolver;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\SubscriberStates;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\TemplateCatalogue;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Exceptions\SubscriberBusyException;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Database\EmulatedPrepares;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\SubscriptionProjector;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\SubscriberReconciliationService;

/**
 * Runs one customer's reconcile on the panel's queue worker. A server that could not be brought in line makes
 * the job fail and retry with growing delays (9 tries over about 27 hours); after the last one the customer
 * is marked "needs attention" for the admin. A customer another live process is reconciling is not waited for:
 * the job goes back on the queue, as a fresh copy 5 s later, and the panel's single worker moves on (a copy, so
 * the wait spends none of the 9 tries and a full run counts the customer once).
 */
class ReconcileSubscriber implements ShouldQueue
{
    use Dispatchable;
    use InteractsWithQueue;
    use Queueable;

    public int $tries = 9;

    public int $timeout = 300;

    /** Another process has the customer, almost always for a reconcile of milliseconds: each second here delays access. */
    public const BUSY_RETRY_SECONDS = 1;

    public const OUTAGE_RETRY_SECONDS = 5;

    /**
     * On the panel's own queues, which pteroq drains in order: `high` for what a customer is waiting on (events,
     * grace ends), `standard` for catch-up, `low` for full reconciles.
     */
    public function __construct(public readonly string $customerId, public readonly Trigger $trigger, public readonly ?string $runId = null, string $queue = 'standard')
    {
        $this->onQueue($queue);
    }

    /**
     * 1 min, 5 min, 30 min, 1 h, 2 h, 4 h, 8 h, 12 h: about 27.6 h in all.
     *
     * @return int[] seconds before each retry
     */
    public function backoff(): array
    {
        return [60, 300, 1800, 3600, 7200, 14400, 28800, 43200];
    }

    public function handle(PendingWakes $wakes, ReconcileRuns $runs, SubscriberLock $lock): void
    {
        SettingsScope::share(app());
        $service = app(SubscriberReconciliationService::class);
        try {
            // Taken here without waiting; the service takes it again on this connection, which nests.
            $failed = EmulatedPrepares::during(app('db')->connection(), fn () => $lock->run($this->customerId, 0, function () use ($service, $wakes) {
                $wakes->release($this->customerId);
                if ($this->alreadyApplied()) {
                    return [];
                }

                return $service->handle($this->customerId, $this->trigger)->failed();
            }));
        } catch (SubscriberBusyException) {
            self::dispatch($this->customerId, $this->trigger, $this->runId, $this->queue ?? 'standard')->delay(self::BUSY_RETRY_SECONDS);

            return;
        } catch (\Throwable $e) {
            if (StorageOutage::causedBy($e)) {
                // The database is away, not this customer's data: try again in seconds, spending none of the tries,
                // and let new events wake the customer meanwhile (their wake would otherwise wait for this job).
                report($e);
                $wakes->release($this->customerId);
                self::dispatch($this->customerId, $this->trigger, $this->runId, $this->queue ?? 'standard')->delay(self::OUTAGE_RETRY_SECONDS);

                return;
            }
            $this->recordRun($runs, true);
            throw $e;
        }
        $this->recordRun($runs, $failed !== []);
        if ($failed !== []) {
            throw new \RuntimeException('Tiergate could not apply access on server(s) ' . implode(', ', $failed) . ' for customer ' . $this->customerId . '; retrying.');
        }
    }

    /**
     * An event's job whose customer a php-fpm child has reconciled meanwhile (a slot holder taking the waiting wakes,
     * SubscriberWaker) has nothing left to do; ChunkPrefetch tells in a few reads, instead of a whole reconcile that
     * changes nothing.
     */
    private function alreadyApplied(): bool
    {
        return $this->trigger->type === LogEntry::TRIGGER_EVENT && app(ChunkPrefetch::class)->needingReconcile([$this->customerId], CarbonImmutable::now()) === [];
    }

    private function recordRun(ReconcileRuns $runs, bool $failed): void
    {
        if ($this->runId !== null && $this->attempts() === 1) {
            $runs->record($this->runId, $failed);
        }
    }

    /** Written from the stored events, so a customer whose reconcile never got as far as its rows is listed too. */
    public function failed(\Throwable $e): void
    {
        $reason = 'Gave up after ' . $this->tries . ' tries: ' . $e->getMessage();
        $states = app(SubscriberStates::class)->for($this->customerId, CarbonImmutable::now());
        $userId = app(AccountResolver::class)->find($this->customerId)?->user_id;
        app(SubscriptionProjector::class)->project($states, app(TemplateCatalogue::class)->load(), $userId, [], CarbonImmutable::now(), $reason);
        Subscription::query()->where('customer_id', $this->customerId)->update(['needs_attention' => true, 'last_error' => mb_strimwidth($reason, 0, 1000, '…')]);
    }
}
