<?php

namespace Paymenter\Extensions\Servers\Tiergate\Outbox;

use App\Models\Service;
use Illuminate\Support\Str;
use Illuminate\Support\Facades\DB;
use Paymenter\Extensions\Servers\Tiergate\EventSnapshot;
use Paymenter\Extensions\Servers\Tiergate\Delivery\DeliverOutboxEvent;

/**
 * Records one lifecycle event in the outbox. Inside the caller's transaction when there is one, so the event
 * exists exactly when the change that caused it does; the delivery job is queued only after commit.
 */
class OutboxWriter
{
    public static function record(string $type, Service $service): OutboxEvent
    {
        return DB::transaction(function () use ($type, $service) {
            // Serializes sequence allocation per service: the row lock is held until this transaction ends, so the
            // sequence follows the order in which Paymenter's writes to this service commit. Purging never removes
            // a service's newest row, so the sequence never starts over.
            DB::table('services')->where('id', $service->id)->lockForUpdate()->value('id');
            $sequence = (int) OutboxEvent::query()->where('service_id', $service->id)->max('sequence') + 1;

            $event = OutboxEvent::query()->create([
                'webhook_id' => 'msg_' . Str::random(24),
                'type' => $type,
                'service_id' => $service->id,
                'sequence' => $sequence,
                'body' => EventSnapshot::body($type, $service, $sequence),
                'status' => OutboxEvent::PENDING,
                'next_attempt_at' => now(),
            ]);
            DB::afterCommit(fn () => DeliverOutboxEvent::dispatch($event->id));

            return $event;
        });
    }
}
