<?php

namespace Paymenter\Extensions\Servers\Tiergate\Delivery;

use Paymenter\Extensions\Servers\Tiergate\Outbox\OutboxEvent;

/** Writes down what one try of one event came to: delivered, refused for good, or a failed try the schedule repeats. */
final class OutboxAttempt
{
    /** As the panel's status says (null: no answer came), the way a single delivery has always been judged. */
    public static function record(OutboxEvent $event, ?int $status, ?string $error): void
    {
        if ($status !== null && $status >= 200 && $status < 300) {
            self::delivered($event, $status);
        } elseif ($status !== null && RetrySchedule::isPermanent($status)) {
            self::refused($event, $status, $error);
        } else {
            self::failed($event, $status, $error);
        }
    }

    public static function delivered(OutboxEvent $event, int $status): void
    {
        $event->forceFill(['status' => OutboxEvent::DELIVERED, 'delivered_at' => now(), 'last_status' => $status, 'last_error' => null] + self::oneMoreTry($event))->save();
    }

    public static function refused(OutboxEvent $event, int $status, ?string $error): void
    {
        $event->forceFill(['status' => OutboxEvent::FAILED, 'last_status' => $status, 'last_error' => $error] + self::oneMoreTry($event))->save();
    }

    /** @return int|null seconds until the next try; null when the schedule is used up and the row is failed */
    public static function failed(OutboxEvent $event, ?int $status, ?string $error): ?int
    {
        $tries = self::oneMoreTry($event);
        $delay = RetrySchedule::delayAfter($tries['round_attempts']);
        $event->forceFill($tries + [
            'last_status' => $status,
            'last_error' => $error,
            'status' => $delay === null ? OutboxEvent::FAILED : OutboxEvent::PENDING,
            'next_attempt_at' => $delay === null ? null : now()->addSeconds($delay),
        ])->save();

        return $delay;
    }

    /** @return array{attempts: int, round_attempts: int} */
    private static function oneMoreTry(OutboxEvent $event): array
    {
        return ['attempts' => $event->attempts + 1, 'round_attempts' => $event->round_attempts + 1];
    }
}
