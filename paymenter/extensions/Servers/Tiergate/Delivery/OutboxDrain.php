<?php

namespace Paymenter\Extensions\Servers\Tiergate\Delivery;

use Illuminate\Support\Facades\Cache;

/**
 * One drain at a time across Paymenter's queue workers (a cache lock), so no event goes out twice at once. A lone
 * ready event goes on its own, as always; a backlog (the renewal cron's burst, the queue after an outage) goes in
 * batches from every service at once.
 */
class OutboxDrain
{
    public const LOCK = 'tiergate:outbox-drain';

    /** Outlives the longest drain (its budget plus one request's timeout); a killed worker's lock frees itself. */
    public const LOCK_SECONDS = 120;

    /** No request starts after this many seconds of a drain: what is left goes in the next one. */
    public const BUDGET_SECONDS = 60;

    /** How soon a job that found the lock taken looks again. */
    public const BUSY_RETRY_SECONDS = 3;

    /** 20 full batches. */
    private const READY_PER_DRAIN = 1000;

    public function __construct(private OutboxDelivery $single, private BacklogDelivery $backlog)
    {
    }

    /** @return int|null seconds until this service's events should be looked at again, null when none is pending */
    public function drain(int $serviceId): ?int
    {
        $lock = Cache::lock(self::LOCK, self::LOCK_SECONDS);
        if (!$lock->get()) {
            // The drain under way may have read the ready events before this service's were written: it might not
            // send them, so this job comes back rather than leave them to it.
            $due = OutboxQueue::secondsUntilDue($serviceId);

            return $due === null ? null : max($due, self::BUSY_RETRY_SECONDS);
        }
        try {
            $ready = OutboxQueue::ready(self::READY_PER_DRAIN);
            if (count($ready) < 2) {
                return $this->single->drain($serviceId);
            }
            $this->backlog->deliver($ready, microtime(true) + self::BUDGET_SECONDS);
        } finally {
            $lock->release();
        }
        $due = OutboxQueue::secondsUntilDue($serviceId);

        return $due === null ? null : max(1, $due);
    }
}
