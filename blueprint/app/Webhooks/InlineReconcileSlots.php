<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Webhooks;

use Illuminate\Contracts\Cache\LockProvider;
use Illuminate\Contracts\Cache\Factory as CacheFactory;

/**
 * A small shared semaphore for the reconcile a php-fpm child runs after its answer has been sent. That reconcile
 * holds the child for its whole length, and the panel's pool has 5: under a burst, children doing reconciles are
 * children not taking deliveries. So it runs inline only while a slot is free; otherwise the wake queues the job
 * (SubscriberWaker). Slots are cache locks with a TTL, so a child killed mid-reconcile frees its
 * slot by itself. With the cache (Redis) away there is no queue either, so the reconcile runs inline regardless.
 */
class InlineReconcileSlots
{
    public const SLOTS = 2;

    private const TTL_SECONDS = 30;

    public function __construct(private CacheFactory $cache)
    {
    }

    /** @return (\Closure(): void)|null the release, or null when every slot is taken */
    public function tryAcquire(): ?\Closure
    {
        try {
            $store = $this->cache->store()->getStore();
            if (!$store instanceof LockProvider) {
                return static fn () => null;
            }
            for ($slot = 0; $slot < self::SLOTS; ++$slot) {
                $lock = $store->lock("tiergate:inline-reconcile:{$slot}", self::TTL_SECONDS);
                if ($lock->get()) {
                    return static function () use ($lock): void {
                        try {
                            $lock->release();
                        } catch (\Throwable $e) {
                            report($e); // the TTL frees it
                        }
                    };
                }
            }

            return null;
        } catch (\Throwable $e) {
            report($e);

            return static fn () => null;
        }
    }
}
