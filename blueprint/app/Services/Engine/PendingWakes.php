<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine;

use Illuminate\Contracts\Cache\Repository as Cache;

/**
 * The mark, in the cache, that a customer's queued reconcile has not started yet: while it is there, a new event
 * needs no other job (SubscriberWaker sets it, ReconcileSubscriber clears it as it starts). It expires by itself.
 */
class PendingWakes
{
    private const TTL_SECONDS = 60;

    public function __construct(private Cache $cache)
    {
    }

    /** True when no reconcile was waiting, so the caller queues one. Throws when the cache is away. */
    public function claim(string $customerId): bool
    {
        return $this->cache->add(self::key($customerId), 1, self::TTL_SECONDS);
    }

    /** Called as a reconcile starts: events stored from now on need a new one. */
    public function release(string $customerId): void
    {
        try {
            $this->cache->forget(self::key($customerId));
        } catch (\Throwable $e) {
            report($e); // the key expires by itself
        }
    }

    private static function key(string $customerId): string
    {
        return 'tiergate:wake:' . sha1($customerId);
    }
}
