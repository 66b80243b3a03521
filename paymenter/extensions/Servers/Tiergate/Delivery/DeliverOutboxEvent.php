<?php

namespace Paymenter\Extensions\Servers\Tiergate\Delivery;

use Illuminate\Bus\Queueable;
use Illuminate\Queue\InteractsWithQueue;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Foundation\Bus\Dispatchable;
use Paymenter\Extensions\Servers\Tiergate\Outbox\OutboxEvent;

/**
 * Delivers an outbox row (with every earlier pending row of its service, and with the rest of the backlog when
 * there is one) and re-queues itself for the next try. A row a batch has already delivered ends its job at once.
 */
class DeliverOutboxEvent implements ShouldQueue
{
    use Dispatchable;
    use InteractsWithQueue;
    use Queueable;

    public int $tries = 1;

    public int $timeout = OutboxDrain::LOCK_SECONDS;

    public function __construct(public readonly int $outboxId)
    {
    }

    public function handle(OutboxDrain $drain): void
    {
        $event = OutboxEvent::query()->find($this->outboxId);
        if ($event === null || $event->status !== OutboxEvent::PENDING) {
            return;
        }
        $retryIn = $drain->drain($event->service_id);
        if ($retryIn !== null) {
            self::dispatch($this->outboxId)->delay($retryIn);
        }
    }
}
