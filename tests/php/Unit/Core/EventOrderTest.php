<?php

namespace Tiergate\Tests\Unit\Core;

use Tiergate\Tests\TestCase;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\Event;

/** Event::ordered, rule by rule: each case's events arrive in an order that only that rule puts right. */
class EventOrderTest extends TestCase
{
    public function testNoEventsStayNone(): void
    {
        $this->assertSame([], Event::ordered([]));
    }

    public function testWhenEveryEventHasASequenceTheSequenceBeatsTheTime(): void
    {
        $events = [$this->event('a', '10:00', 2), $this->event('b', '11:00', 1)];

        $this->assertSame(['b', 'a'], $this->ids(Event::ordered($events)));
    }

    public function testAnEqualSequenceFallsBackToTheTimeThenTheId(): void
    {
        $events = [$this->event('a', '12:00', 1), $this->event('c', '11:00', 1), $this->event('b', '11:00', 1)];

        $this->assertSame(['b', 'c', 'a'], $this->ids(Event::ordered($events)));
    }

    public function testOneEventWithoutASequenceOrdersTheWholeHistoryByTime(): void
    {
        $events = [$this->event('a', '10:00', 2), $this->event('b', '11:00', 1), $this->event('c', '10:30', null)];

        $this->assertSame(['a', 'c', 'b'], $this->ids(Event::ordered($events)));
    }

    public function testAtEqualTimesTheSequenceDecidesAndNoSequenceComesFirst(): void
    {
        $events = [$this->event('a', '10:00', 3), $this->event('b', '10:00', null), $this->event('c', '10:00', 2)];

        $this->assertSame(['b', 'c', 'a'], $this->ids(Event::ordered($events)));
    }

    public function testAtEqualTimesWithoutSequencesTheIdDecides(): void
    {
        $events = [$this->event('b', '10:00', null), $this->event('a', '10:00', null), $this->event('c', '09:00', 5)];

        $this->assertSame(['c', 'a', 'b'], $this->ids(Event::ordered($events)));
    }

    private function event(string $id, string $time, ?int $sequence): Event
    {
        $at = new \DateTimeImmutable("2026-11-01T{$time}:00Z");

        return new Event($id, 'subscription.updated', $at, $sequence, 'sub_1', 'cus_1', 'alex@example.com', 'active', 'frost-knight');
    }

    /** @param Event[] $events */
    private function ids(array $events): array
    {
        return array_map(fn (Event $e) => $e->id, $events);
    }
}
