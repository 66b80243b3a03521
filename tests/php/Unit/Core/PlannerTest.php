<?php

namespace Tiergate\Tests\Unit\Core;

use Tiergate\Tests\TestCase;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\Planner;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\Template;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\ServerFacts;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\BillingState;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\DesiredAccess;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\PlannedChange;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\ServerSelector;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\SubscriptionState;

class PlannerTest extends TestCase
{
    private \DateTimeImmutable $saved;

    protected function setUp(): void
    {
        $this->saved = new \DateTimeImmutable('2026-06-01T00:00:00Z');
    }

    private function server(int $id, int $node = 1, int $location = 1, int $nest = 1, int $egg = 1, int $owner = 9, string $created = '2026-01-01'): ServerFacts
    {
        return new ServerFacts($id, $node, $location, $nest, $egg, $owner, new \DateTimeImmutable($created));
    }

    private function state(string $product, BillingState $state = BillingState::Active, ?string $hint = null): SubscriptionState
    {
        return new SubscriptionState('sub_' . $product, 'cus_1', 'a@example.com', $state, $product, $hint);
    }

    private function template(string $key, array $selector, array $permissions): Template
    {
        return new Template($key, ucfirst($key), ServerSelector::fromArray($selector), $permissions, $this->saved);
    }

    public function testSelectorsMatchByServerNodeLocationNestEggAndOwnerWithExclusions(): void
    {
        $servers = [$this->server(1, node: 1), $this->server(2, node: 2, location: 5), $this->server(3, nest: 3, egg: 7), $this->server(4, owner: 42)];
        $pick = fn (array $selector) => array_keys(DesiredAccess::for([$this->state('p')], ['p' => $this->template('t', $selector, [])], [], $servers));

        $this->assertSame([2], $pick(['mode' => 'match', 'nodes' => [2]]));
        $this->assertSame([2], $pick(['mode' => 'match', 'locations' => [5]]));
        $this->assertSame([3], $pick(['mode' => 'match', 'nests' => [3]]));
        $this->assertSame([3], $pick(['mode' => 'match', 'eggs' => [7]]));
        $this->assertSame([4], $pick(['mode' => 'match', 'owners' => [42]]));
        $this->assertSame([1, 4], $pick(['mode' => 'match', 'servers' => [1, 4]]));
        $this->assertSame([1, 3, 4], $pick(['mode' => 'all', 'exclude' => [2]]));
    }

    public function testAllMeansTheServersThatExistedWhenTheTemplateWasSavedWhileIncludingFutureTakesNewOnes(): void
    {
        $servers = [$this->server(1), $this->server(2, created: '2026-07-01')];
        $all = DesiredAccess::for([$this->state('p')], ['p' => $this->template('t', ['mode' => 'all'], [])], [], $servers);
        $future = DesiredAccess::for([$this->state('p')], ['p' => $this->template('t', ['mode' => 'all_including_future'], [])], [], $servers);
        $this->assertSame([1], array_keys($all));
        $this->assertSame([1, 2], array_keys($future));
    }

    public function testSeveralSubscriptionsGiveThePerServerUnionOfTheirLiveGrants(): void
    {
        $servers = [$this->server(1, node: 1), $this->server(2, node: 2)];
        $templates = [
            'a' => $this->template('a', ['mode' => 'match', 'nodes' => [1]], ['control.console']),
            'b' => $this->template('b', ['mode' => 'all'], ['file.read']),
            'c' => $this->template('c', ['mode' => 'all'], ['control.stop']),
        ];
        $desired = DesiredAccess::for([$this->state('a'), $this->state('b'), $this->state('c', BillingState::Suspended)], $templates, [], $servers);
        $this->assertSame([
            1 => ['control.console', 'file.read', 'websocket.connect'],
            2 => ['file.read', 'websocket.connect'],
        ], $desired);
    }

    public function testAnUnmappedProductGrantsNothingAndATierNamingATemplateIsHonoured(): void
    {
        $servers = [$this->server(1)];
        $knight = $this->template('subscriber_knight', ['mode' => 'all'], []);
        $this->assertSame([], DesiredAccess::for([$this->state('mystery')], [], ['subscriber_knight' => $knight], $servers));
        $this->assertSame([1], array_keys(DesiredAccess::for([$this->state('mystery', hint: 'subscriber_knight')], [], ['subscriber_knight' => $knight], $servers)));
    }

    public function testThePlanGrantsUpdatesAndRevokesOnlyWhatDiffers(): void
    {
        $plan = Planner::plan(
            [1 => ['control.console'], 2 => ['file.read'], 3 => ['websocket.connect', 'control.start']],
            [2 => ['websocket.connect', 'file.read'], 3 => ['control.console'], 4 => ['control.console']],
        );
        $this->assertSame([
            'grant server 1: [] → [control.console, websocket.connect]',
            'update server 3: [control.console, websocket.connect] → [control.start, websocket.connect]',
            'revoke server 4: [control.console, websocket.connect] → []',
        ], array_map(fn (PlannedChange $c) => $c->describe(), $plan));
    }

    public function testNothingToDoIsAnEmptyPlan(): void
    {
        $this->assertSame([], Planner::plan([1 => ['control.console']], [1 => ['websocket.connect', 'control.console']]));
    }

    public function testABadSelectorSaysWhatIsWrong(): void
    {
        $this->expectExceptionMessage('mode');
        ServerSelector::fromArray(['nodes' => [1]]);
    }
}
