<?php

namespace Tiergate\Tests\Unit\Core;

use DateTimeImmutable;
use PHPUnit\Framework\Attributes\DataProvider;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\DesiredAccess;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\Lifecycle;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\Planner;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\ServerFacts;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\ServerSelector;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\SubscriptionState;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\Template;
use Tiergate\Tests\TestCase;

/**
 * Random event histories, shuffled and with duplicates, must fold to the same state and the same plan as the
 * history in order. Seeds are fixed so a failure names the exact history that broke it.
 */
class LifecyclePropertyTest extends TestCase
{
    private const TYPES = [
        ['subscription.updated', 'active'], ['subscription.updated', 'suspended'], ['payment.failed', 'active'],
        ['payment.succeeded', 'active'], ['subscription.suspended', 'suspended'], ['subscription.unsuspended', 'active'],
        ['subscription.cancelled', 'cancelled'], ['subscription.cancelled', 'active'], ['subscription.terminated', 'cancelled'],
    ];
    private const PRODUCTS = ['frost-knight', 'frost-master', 'fire-legend', 'unmapped-product'];

    public static function seeds(): array
    {
        return array_map(fn (int $s) => [$s], range(1, 400));
    }

    #[DataProvider('seeds')]
    public function testShuffledAndDuplicatedHistoriesFoldToTheSameStateAndPlan(int $seed): void
    {
        mt_srand($seed);
        $history = $this->randomHistory(mt_rand(0, 1) === 1);
        $events = $history->events();
        $now = $history->now()->modify('+' . mt_rand(0, 20) . ' days');
        $expected = Lifecycle::fold($events, $now, 7);

        for ($round = 0; $round < 5; $round++) {
            $mixed = $events;
            for ($d = mt_rand(0, 4); $d > 0; $d--) {
                $mixed[] = $events[mt_rand(0, count($events) - 1)];
            }
            shuffle($mixed);
            $actual = Lifecycle::fold($mixed, $now, 7);
            $this->assertEquals($expected, $actual, "seed {$seed}, round {$round}");
            $this->assertEquals($this->plan($expected), $this->plan($actual), "seed {$seed}, round {$round}");
        }
    }

    private function randomHistory(bool $withSequence): HistoryBuilder
    {
        $plan = mt_rand(0, 4) === 0 ? 'one-time' : 'recurring';
        $h = (new HistoryBuilder(self::PRODUCTS[0], $plan, withSequence: $withSequence))->add('subscription.created', mt_rand(0, 5) === 0 ? 'pending' : 'active');
        for ($i = mt_rand(0, 12); $i > 0; $i--) {
            [$type, $status] = self::TYPES[mt_rand(0, count(self::TYPES) - 1)];
            $extra = ['product' => self::PRODUCTS[mt_rand(0, count(self::PRODUCTS) - 1)]];
            if ($type === 'subscription.cancelled' && $status === 'active') {
                $extra += ['cancel_at_period_end' => true, 'expires_at' => '2026-11-' . str_pad((string) mt_rand(2, 28), 2, '0', STR_PAD_LEFT) . 'T00:00:00Z'];
            }
            $h->add($type, $status, $extra, mt_rand(1, 4 * 1440));
        }

        return $h;
    }

    private function plan(SubscriptionState $state): array
    {
        $saved = new DateTimeImmutable('2026-01-01T00:00:00Z');
        $templates = [
            'frost-knight' => new Template('subscriber_knight', 'Knight', ServerSelector::fromArray(['mode' => 'match', 'nodes' => [1]]), ['control.console'], $saved),
            'frost-master' => new Template('subscriber_master', 'Master', ServerSelector::fromArray(['mode' => 'match', 'nodes' => [1, 2]]), ['control.console', 'control.start'], $saved),
            'fire-legend' => new Template('subscriber_legend', 'Legend', ServerSelector::fromArray(['mode' => 'all_including_future']), ['control.console', 'file.read'], $saved),
        ];
        $servers = [];
        foreach (range(1, 6) as $id) {
            $servers[] = new ServerFacts($id, $id % 2 + 1, 1, 1, 1, 99, $saved);
        }
        $desired = DesiredAccess::for([$state], $templates, [], $servers);

        return array_map(fn ($c) => $c->describe(), Planner::plan($desired, [2 => ['websocket.connect', 'control.console'], 5 => ['websocket.connect']]));
    }
}
