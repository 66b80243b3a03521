<?php

namespace Tiergate\Tests\Unit\Core;

use Tiergate\Tests\TestCase;
use PHPUnit\Framework\Attributes\DataProvider;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\Lifecycle;

/**
 * Random event histories, shuffled and with duplicates, must fold to the same state as the history in order. A
 * history's events carry a `sequence` on every event, on none, or on some (so Event::ordered sorts by sequence in
 * one and by time in the others), and some events share their time or their sequence with the one before, so the
 * tie-breaks decide. Seeds are fixed so a failure names the exact history that broke it.
 */
class LifecyclePropertyTest extends TestCase
{
    private const TYPES = [
        ['subscription.updated', 'active'], ['subscription.updated', 'suspended'], ['payment.failed', 'active'],
        ['payment.succeeded', 'active'], ['subscription.suspended', 'suspended'], ['subscription.unsuspended', 'active'],
        ['subscription.cancelled', 'cancelled'], ['subscription.cancelled', 'active'], ['subscription.terminated', 'cancelled'],
    ];
    private const PRODUCTS = ['frost-knight', 'frost-master', 'fire-legend', 'unmapped-product'];
    private const SEQUENCE_ON_ALL = 'all';
    private const SEQUENCE_ON_NONE = 'none';
    private const SEQUENCE_ON_SOME = 'some';

    public static function seeds(): array
    {
        return array_map(fn (int $s) => [$s], range(1, 400));
    }

    #[DataProvider('seeds')]
    public function testShuffledAndDuplicatedHistoriesFoldToTheSameState(int $seed): void
    {
        mt_srand($seed);
        $history = $this->randomHistory(self::sequencesFor($seed));
        $events = $history->events();
        $now = $history->now()->modify('+' . mt_rand(0, 20) . ' days');
        $expected = Lifecycle::fold($events, $now, 7);

        for ($round = 0; $round < 5; ++$round) {
            $mixed = $events;
            for ($d = mt_rand(0, 4); $d > 0; --$d) {
                $mixed[] = $events[mt_rand(0, count($events) - 1)];
            }
            shuffle($mixed);
            $this->assertEquals($expected, Lifecycle::fold($mixed, $now, 7), "seed {$seed}, round {$round}");
        }
    }

    /** The histories above really reach every ordering rule: a guard against the generator drifting. */
    public function testTheGeneratedHistoriesCoverEveryOrderingCase(): void
    {
        $seen = [];
        foreach (self::seeds() as [$seed]) {
            mt_srand($seed);
            $events = $this->randomHistory(self::sequencesFor($seed))->events();
            $withSequence = count(array_filter($events, fn ($e) => $e->sequence !== null));
            $seen[$withSequence === count($events) ? 'all' : ($withSequence === 0 ? 'none' : 'some')] = true;
            for ($i = 1; $i < count($events); ++$i) {
                if ($events[$i]->occurredAt == $events[$i - 1]->occurredAt) {
                    $seen['equal time'] = true;
                }
                if ($events[$i]->sequence !== null && $events[$i]->sequence === $events[$i - 1]->sequence) {
                    $seen['equal sequence'] = true;
                }
            }
        }
        ksort($seen);
        $this->assertSame(['all', 'equal sequence', 'equal time', 'none', 'some'], array_keys($seen));
    }

    private static function sequencesFor(int $seed): string
    {
        return [self::SEQUENCE_ON_ALL, self::SEQUENCE_ON_NONE, self::SEQUENCE_ON_SOME][$seed % 3];
    }

    private function randomHistory(string $sequences): HistoryBuilder
    {
        $plan = mt_rand(0, 4) === 0 ? 'one-time' : 'recurring';
        $h = (new HistoryBuilder(self::PRODUCTS[0], $plan, withSequence: $sequences !== self::SEQUENCE_ON_NONE))
            ->add('subscription.created', mt_rand(0, 5) === 0 ? 'pending' : 'active');
        $sequence = 1;
        for ($i = mt_rand(0, 12); $i > 0; --$i) {
            [$type, $status] = self::TYPES[mt_rand(0, count(self::TYPES) - 1)];
            $extra = ['product' => self::PRODUCTS[mt_rand(0, count(self::PRODUCTS) - 1)]];
            if ($type === 'subscription.cancelled' && $status === 'active') {
                $extra += ['cancel_at_period_end' => true, 'expires_at' => '2026-11-' . str_pad((string) mt_rand(2, 28), 2, '0', STR_PAD_LEFT) . 'T00:00:00Z'];
            }
            // Now and then the same sequence as the event before (a sender that numbers per snapshot, not per event).
            $sequence += mt_rand(0, 5) === 0 ? 0 : 1;
            $extra['sequence'] = match (true) {
                $sequences === self::SEQUENCE_ON_NONE => null,
                $sequences === self::SEQUENCE_ON_SOME && mt_rand(0, 1) === 0 => null,
                default => $sequence,
            };
            // About one event in four at the same second as the one before it.
            $h->add($type, $status, $extra, mt_rand(0, 3) === 0 ? 0 : mt_rand(1, 4 * 1440));
        }

        return $h;
    }
}
