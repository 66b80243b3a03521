<?php

namespace Paymenter\Extensions\Servers\Tiergate\Delivery;

use Illuminate\Database\Query\Builder;
use Illuminate\Database\Eloquent\Collection;
use Paymenter\Extensions\Servers\Tiergate\Outbox\OutboxEvent;

/** Which pending events may go now, and when a service's next one is due. */
final class OutboxQueue
{
    /**
     * Every service's pending events in sequence order up to its first one not due yet (nothing may overtake that
     * one), services oldest first.
     *
     * @return list<OutboxEvent>
     */
    public static function ready(int $limit): array
    {
        /** @var Collection<int, OutboxEvent> $rows */
        $rows = OutboxEvent::query()->where('status', OutboxEvent::PENDING)
            ->whereNotExists(fn (Builder $waiting) => $waiting->selectRaw('1')->from('tiergate_outbox AS waiting')
                ->whereColumn('waiting.service_id', 'tiergate_outbox.service_id')->whereColumn('waiting.sequence', '<=', 'tiergate_outbox.sequence')
                ->where('waiting.status', OutboxEvent::PENDING)->where('waiting.next_attempt_at', '>', now()))
            ->orderBy('id')->limit($limit)->get();

        return array_values($rows->groupBy('service_id')->flatMap(fn ($events) => $events->sortBy('sequence'))->all());
    }

    /** @return int|null seconds until the service's first pending event is due (0: now), null when none is pending */
    public static function secondsUntilDue(int $serviceId): ?int
    {
        $head = OutboxEvent::query()->where('service_id', $serviceId)->where('status', OutboxEvent::PENDING)->orderBy('sequence')->first();

        return $head === null ? null : self::secondsUntil($head);
    }

    /** Seconds until this event's next try is due (0: now). */
    public static function secondsUntil(OutboxEvent $event): int
    {
        if ($event->next_attempt_at === null || !$event->next_attempt_at->isFuture()) {
            return 0;
        }

        // Carbon 3 answers in fractions of a second: round up, or the next wake-up comes just too early.
        return max(1, (int) ceil(now()->diffInSeconds($event->next_attempt_at, false)));
    }
}
