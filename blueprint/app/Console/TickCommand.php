<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Console;

use Carbon\CarbonImmutable;
use Illuminate\Console\Command;
use Illuminate\Contracts\Cache\LockProvider;
use Illuminate\Contracts\Cache\Repository as Cache;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\InboxEvent;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Settings\Settings;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Subscription;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Jobs\WorkerHeartbeat;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\Trigger;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Mode\ApplyMode;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Jobs\ReconcileSubscriber;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Jobs\DeliverNotifications;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Jobs\RetryPendingWingsCalls;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\ChunkPrefetch;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\GameCommandQueue;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\SubscriberLookup;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel\TokenRevocationService;

/**
 * `tiergate:tick`, scheduled every minute: queues a reconcile for every customer whose state the clock has
 * changed (grace ends, paid periods end, overrides expire), for stored events nobody picked up (the queue was
 * down when they arrived), and for everyone when the full reconcile interval has passed. Token revocations Wings
 * could not take, and in-game commands for servers that were offline, are retried on their own backoff, without
 * waiting for a reconcile.
 */
class TickCommand
{
    /** Longer than any tick takes; if a tick dies holding it, the next minute's tick runs once it expires. */
    private const LOCK_SECONDS = 120;

    /** An event still unprocessed this long after it arrived was missed by its wake-up (the queue was down). */
    private const STRANDED_AFTER_SECONDS = 30;

    public function __construct(private Cache $cache, private Settings $settings, private SubscriberLookup $lookup, private TokenRevocationService $revocations, private ApplyMode $mode, private GameCommandQueue $gameCommands)
    {
    }

    public function handle(Command $command): void
    {
        $store = $this->cache->getStore();
        if (!$store instanceof LockProvider) {
            throw new \LogicException('tiergate:tick needs a cache store with locks (the panel uses redis).');
        }
        $lock = $store->lock('tiergate:tick', self::LOCK_SECONDS);
        if (!$lock->get()) {
            $command->comment('Another tick is still running.');

            return;
        }

        try {
            $now = CarbonImmutable::now();
            // Paused: nothing to plan until unpausing reconciles everyone. Shadow: events stay waiting by design (going
            // live applies them), so they are not "stranded"; the clock and the full reconcile still plan and log.
            $paused = $this->mode->isPaused();
            $due = $paused ? [] : Subscription::query()->where('next_change_at', '<=', $now)->distinct()->pluck('customer_id')->all();
            $stranded = !$this->mode->applies() ? [] : InboxEvent::query()->whereNull('processed_at')->where('received_at', '<=', $now->subSeconds(self::STRANDED_AFTER_SECONDS))->whereNotNull('customer_id')->distinct()->pluck('customer_id')->all();

            $full = [];
            $last = $this->settings->get(Settings::LAST_FULL_RECONCILE_AT);
            if (!$paused && ($last === null || CarbonImmutable::parse($last)->addMinutes((int) $this->settings->get(Settings::RECONCILE_INTERVAL_MINUTES))->lte($now))) {
                // Only those a reconcile could change anything for: the rest are read in chunks and left alone.
                $full = app(ChunkPrefetch::class)->needingReconcile($this->lookup->all(), $now);
                $this->settings->set(Settings::LAST_FULL_RECONCILE_AT, $now->toIso8601String());
            }

            $revocations = $this->revocations->customersDue($now);
            // Shadow mode and a pause apply nothing, console commands included; pending ones wait, in order.
            $gameCommands = !$this->mode->applies() ? [] : $this->gameCommands->customersDue($now);

            WorkerHeartbeat::dispatch();
            DeliverNotifications::dispatch();
            foreach ($revocations as $customerId) {
                RetryPendingWingsCalls::dispatch($customerId, RetryPendingWingsCalls::TOKEN_REVOCATIONS);
            }
            foreach ($gameCommands as $customerId) {
                RetryPendingWingsCalls::dispatch($customerId, RetryPendingWingsCalls::GAME_COMMANDS);
            }
            foreach ([['clock', $due, 'high'], ['stranded events', $stranded, 'standard'], ['full reconcile', $full, 'low']] as [$why, $customers, $queue]) {
                foreach ($customers as $customerId) {
                    ReconcileSubscriber::dispatch($customerId, Trigger::schedule($why), null, $queue);
                }
            }
            $command->info(sprintf('queued: %d by the clock, %d stranded, %d in the full reconcile, %d token revocation retries, %d in-game command retries', count($due), count($stranded), count($full), count($revocations), count($gameCommands)));
        } finally {
            $lock->release();
        }
    }
}
