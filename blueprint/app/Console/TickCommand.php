<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Console;

use Carbon\CarbonImmutable;
use Illuminate\Console\Command;
use Illuminate\Contracts\Cache\Repository as Cache;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Jobs\ReconcileCustomer;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Jobs\WorkerHeartbeat;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\InboxEvent;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Subscription;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\SubscriberLookup;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\Trigger;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Settings\Settings;

/**
 * `tiergate:tick`, scheduled every minute: queues a reconcile for every customer whose state the clock has
 * changed (grace ends, paid periods end, overrides expire), for stored events nobody picked up (the queue was
 * down when they arrived), and for everyone when the full reconcile interval has passed.
 */
class TickCommand
{
    public function __construct(private Cache $cache, private Settings $settings, private SubscriberLookup $lookup)
    {
    }

    public function handle(Command $command): void
    {
        $lock = $this->cache->lock('tiergate:tick', 120);
        if (!$lock->get()) {
            $command->comment('Another tick is still running.');

            return;
        }

        try {
            $now = CarbonImmutable::now();
            $due = Subscription::query()->where('next_change_at', '<=', $now)->distinct()->pluck('customer_id')->all();
            $stranded = InboxEvent::query()->whereNull('processed_at')->where('received_at', '<=', $now->subSeconds(30))->whereNotNull('customer_id')->distinct()->pluck('customer_id')->all();

            $full = [];
            $last = $this->settings->get(Settings::LAST_FULL_RECONCILE_AT);
            if ($last === null || CarbonImmutable::parse($last)->addMinutes((int) $this->settings->get(Settings::RECONCILE_INTERVAL_MINUTES))->lte($now)) {
                $full = $this->lookup->all();
                $this->settings->set(Settings::LAST_FULL_RECONCILE_AT, $now->toIso8601String());
            }

            WorkerHeartbeat::dispatch();
            foreach ([['clock', $due, 'high'], ['stranded events', $stranded, 'standard'], ['full reconcile', $full, 'low']] as [$why, $customers, $queue]) {
                foreach ($customers as $customerId) {
                    ReconcileCustomer::dispatch($customerId, Trigger::schedule($why), null, $queue);
                }
            }
            $command->info(sprintf('queued: %d by the clock, %d stranded, %d in the full reconcile', count($due), count($stranded), count($full)));
        } finally {
            $lock->release();
        }
    }
}
