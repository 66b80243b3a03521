<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Jobs;

use Illuminate\Contracts\Cache\Repository as Cache;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\Trigger;

/**
 * Queues a reconcile for a customer unless one is already waiting to start. A waiting job reads every
 * stored event when it starts, so a burst of events for one customer costs one reconcile, not one each.
 */
class SubscriberWaker
{
    private const TTL_SECONDS = 60;

    public function __construct(private Cache $cache)
    {
    }

    public function wake(string $customerId, Trigger $trigger): void
    {
        if ($this->cache->add(self::key($customerId), 1, self::TTL_SECONDS)) {
            ReconcileCustomer::dispatch($customerId, $trigger);
        }
    }

    /** Called by the job as it starts: events stored from now on need a new job. */
    public function started(string $customerId): void
    {
        $this->cache->forget(self::key($customerId));
    }

    private static function key(string $customerId): string
    {
        return 'tiergate:wake:' . sha1($customerId);
    }
}
