<?php

namespace Tiergate\Tests\Unit\Core;

use Tiergate\Tests\TestCase;
use PHPUnit\Framework\Attributes\DataProvider;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\Event;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\GameStep;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\Lifecycle;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\GamePlanner;

/**
 * Random histories of up to two subscriptions (tier changes, payment trouble, suspensions, cancellations and
 * in-game name changes) arrive shuffled and with duplicates, and the subscriber is reconciled after every arrival,
 * as the engine does. The applied in-game state must end where the history in order leads, and no effect may get
 * the same command twice in a row: every grant of it is followed by its revoke before it is granted again.
 */
class GamePropertyTest extends TestCase
{
    private const TYPES = [
        ['subscription.updated', 'active'], ['subscription.updated', 'suspended'], ['payment.failed', 'active'],
        ['payment.succeeded', 'active'], ['subscription.suspended', 'suspended'], ['subscription.unsuspended', 'active'],
        ['subscription.cancelled', 'cancelled'], ['subscription.terminated', 'cancelled'],
    ];
    private const PRODUCTS = ['frost-knight', 'frost-master', 'no-game'];
    private const NAMES = ['Steve', 'Alex_2', 'Notch'];

    public static function seeds(): array
    {
        return array_map(fn (int $s) => [$s], range(1, 300));
    }

    #[DataProvider('seeds')]
    public function testShuffledAndDuplicatedHistoriesEndInTheSameInGameStateAndNeverRepeatACommand(int $seed): void
    {
        mt_srand($seed);
        $events = $this->randomHistory();
        $now = new \DateTimeImmutable('2026-12-31T00:00:00Z');
        $expected = $this->desired($events, $now);

        for ($round = 0; $round < 4; ++$round) {
            $arrivals = $events;
            for ($d = mt_rand(0, 4); $d > 0; --$d) {
                $arrivals[] = $events[mt_rand(0, count($events) - 1)];
            }
            shuffle($arrivals);

            $applied = [];
            $lastKind = [];
            $stored = [];
            foreach ($arrivals as $event) {
                $stored[] = $event;
                foreach (GamePlanner::plan($this->desired($stored, $now), $applied) as $step) {
                    $slot = $step->effect->slot();
                    $this->assertNotSame($step->kind, $lastKind[$slot] ?? GameStep::REVOKE, "seed {$seed}, round {$round}: {$step->kind} of {$slot} twice in a row");
                    $lastKind[$slot] = $step->kind;
                    if ($step->kind === GameStep::GRANT) {
                        $applied[$slot] = $step->effect;
                    } else {
                        unset($applied[$slot]);
                    }
                }
            }

            // Which tier asked for an effect both give is provenance, not in-game state.
            $this->assertEquals($this->commandsBySlot($expected), $this->commandsBySlot($applied), "seed {$seed}, round {$round}");
            $this->assertSame([], GamePlanner::plan($this->desired($stored, $now), $applied), "seed {$seed}, round {$round}: a reconcile with nothing new sent something");
        }
    }

    private function commandsBySlot(array $effects): array
    {
        ksort($effects);

        return array_map(fn ($e) => [$e->serverUuid, $e->grant, $e->revoke], $effects);
    }

    /** @param Event[] $events */
    private function desired(array $events, \DateTimeImmutable $now): array
    {
        $bySubscription = [];
        foreach ($events as $event) {
            $bySubscription[$event->subscriptionId][] = $event;
        }
        ksort($bySubscription);
        $states = array_map(fn (array $e) => Lifecycle::fold($e, $now, 7), array_values($bySubscription));

        return GameWorld::desired($states)['effects'];
    }

    /** @return Event[] */
    private function randomHistory(): array
    {
        $events = [];
        $minutes = 0;
        foreach (array_slice(['sub_a', 'sub_b'], 0, mt_rand(1, 2)) as $subscription) {
            $product = self::PRODUCTS[mt_rand(0, 1)];
            $name = mt_rand(0, 5) === 0 ? null : self::NAMES[mt_rand(0, 2)];
            $sequence = 0;
            for ($i = mt_rand(0, 10); $i >= 0; --$i) {
                [$type, $status] = $sequence === 0 ? ['subscription.created', 'active'] : self::TYPES[mt_rand(0, count(self::TYPES) - 1)];
                if (mt_rand(0, 3) === 0) {
                    $product = self::PRODUCTS[mt_rand(0, 2)];
                }
                if (mt_rand(0, 4) === 0) {
                    $name = self::NAMES[mt_rand(0, 2)];
                }
                $minutes += mt_rand(1, 600);
                ++$sequence;
                $events[] = new Event(
                    id: "{$subscription}_{$sequence}",
                    type: $type,
                    occurredAt: (new \DateTimeImmutable('2026-11-01T00:00:00Z'))->modify("+{$minutes} minutes"),
                    sequence: $sequence,
                    subscriptionId: $subscription,
                    customerId: 'cus_1',
                    customerEmail: 'a@example.com',
                    status: $status,
                    productKey: $product,
                    gameUsername: $name,
                );
            }
        }

        return $events;
    }
}
