<?php

namespace Paymenter\Extensions\Servers\Tiergate\Delivery;

use Paymenter\Extensions\Servers\Tiergate\Outbox\OutboxEvent;

/**
 * Re-queues pending rows whose try is overdue: a lost job (queue flushed, worker killed mid-delivery) must not
 * leave an event undelivered. Runs every few minutes from the extension's schedule.
 */
class OutboxSweeper
{
    public function sweep(): int
    {
        $stuck = OutboxEvent::query()->where('status', OutboxEvent::PENDING)->where('next_attempt_at', '<=', now()->subMinutes(2))
            ->selectRaw('MIN(id) AS id')->groupBy('service_id')->pluck('id');
        foreach ($stuck as $id) {
            DeliverOutboxEvent::dispatch((int) $id);
        }

        return $stuck->count();
    }
}
