<?php

namespace Tiergate\Tests\Unit\Core;

use Tiergate\Tests\TestCase;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\GameStep;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\GameEffect;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\GamePlayer;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\GamePlanner;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\BillingState;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\SubscriptionState;

class GamePlannerTest extends TestCase
{
    private function state(string $product, BillingState $state = BillingState::Active, ?string $name = 'Steve', string $sub = 'sub_1', string $at = '2026-11-01T00:00:00Z'): SubscriptionState
    {
        return new SubscriptionState($sub, 'cus_1', 'a@example.com', $state, $product, null, gameUsername: $name, gameUsernameAt: $name === null ? null : new \DateTimeImmutable($at));
    }

    /** @return string[] "<server> <kind>: <command>" */
    private function commands(array $steps): array
    {
        return array_map(fn (GameStep $s) => substr($s->effect->serverUuid, -1) . " {$s->kind}: " . ($s->command() ?? '-'), $steps);
    }

    public function testAGrantRunsEveryActionOnEveryServerItCovers(): void
    {
        $desired = GameWorld::desired([$this->state('frost-knight')])['effects'];

        $this->assertSame([
            '1 grant: lp user Steve parent add frost_knight',
            '2 grant: lp user Steve parent add frost_knight',
            '2 grant: whitelist add Steve',
        ], $this->commands(GamePlanner::plan($desired, [])));
        $this->assertSame([], GamePlanner::plan($desired, $desired), 'nothing twice for the same applied state');
    }

    public function testATierChangeRevokesTheOldTierBeforeGrantingTheNewAndKeepsWhatBothGive(): void
    {
        $knight = GameWorld::desired([$this->state('frost-knight')])['effects'];
        $master = GameWorld::desired([$this->state('frost-master')])['effects'];

        $this->assertSame([
            '1 revoke: lp user Steve parent remove frost_knight',
            '1 grant: lp user Steve parent add frost_master',
            '1 grant: say welcome Steve to Master on FrostHub',
            '2 revoke: lp user Steve parent remove frost_knight',
            '2 grant: lp user Steve parent add frost_master',
            '2 grant: say welcome Steve to Master on FrostSurvival',
            '3 grant: lp user Steve parent add frost_master',
            '3 grant: say welcome Steve to Master on BetaLab',
        ], $this->commands(GamePlanner::plan($master, $knight)), 'the whitelist both tiers give is neither removed nor added');
    }

    public function testLosingAccessRevokesAndAnActionWithoutARevokeCommandIsOnlyForgotten(): void
    {
        $master = GameWorld::desired([$this->state('frost-master')])['effects'];
        $suspended = GameWorld::desired([$this->state('frost-master', BillingState::Suspended)])['effects'];

        $steps = GamePlanner::plan($suspended, $master);
        $this->assertSame([
            '1 revoke: lp user Steve parent remove frost_master',
            '1 revoke: -',
            '2 revoke: lp user Steve parent remove frost_master',
            '2 revoke: whitelist remove Steve',
            '2 revoke: -',
            '3 revoke: lp user Steve parent remove frost_master',
            '3 revoke: -',
        ], $this->commands($steps));
        $this->assertSame([], $suspended);
    }

    public function testANameChangeRevokesUnderTheOldNameAndGrantsUnderTheNew(): void
    {
        $old = GameWorld::desired([$this->state('frost-knight', name: 'Steve')])['effects'];
        $new = GameWorld::desired([$this->state('frost-knight', name: 'Alex_2')])['effects'];

        $this->assertSame([
            '1 revoke: lp user Steve parent remove frost_knight',
            '1 grant: lp user Alex_2 parent add frost_knight',
            '2 revoke: lp user Steve parent remove frost_knight',
            '2 revoke: whitelist remove Steve',
            '2 grant: lp user Alex_2 parent add frost_knight',
            '2 grant: whitelist add Alex_2',
        ], $this->commands(GamePlanner::plan($new, $old)));
    }

    public function testWithoutAnInGameNameNothingIsWanted(): void
    {
        $this->assertSame(['effects' => [], 'refused' => []], GameWorld::desired([$this->state('frost-knight', name: null)]));
    }

    public function testAHostileNameIsRefusedAndNothingIsRendered(): void
    {
        $desired = GameWorld::desired([$this->state('frost-knight', name: "Steve\nop Steve")]);

        $this->assertSame([], $desired['effects']);
        $this->assertCount(3, $desired['refused']);
        $this->assertStringContainsString('{player}', $desired['refused'][0]->reason);
    }

    public function testTheNewestNameOfAnySubscriptionIsThePlayersAndAnAdminCorrectionWinsUntilThePayloadMovesOn(): void
    {
        $states = [$this->state('frost-knight', name: 'Newer', sub: 'sub_a', at: '2026-11-02T00:00:00Z'), $this->state('no-game', name: 'Older', sub: 'sub_b')];
        $this->assertSame('Newer', GamePlayer::fromPayload($states));
        $this->assertSame('Newer', GamePlayer::fromPayload(array_reverse($states)));

        $this->assertSame('Fixed', GamePlayer::effective('Newer', 'Fixed', 'Newer'));
        $this->assertSame('Changed', GamePlayer::effective('Changed', 'Fixed', 'Newer'));
        $this->assertSame('Fixed', GamePlayer::effective(null, 'Fixed', null), 'a name for a subscriber the payload never named');
        $this->assertSame('Newer', GamePlayer::effective('Newer', null, null));
    }

    public function testTwoSubscriptionsWithTheSameEffectWantItOnce(): void
    {
        $both = GameWorld::desired([$this->state('frost-knight'), $this->state('frost-master', sub: 'sub_2')])['effects'];
        $whitelists = array_filter($both, fn (GameEffect $e) => $e->grant === 'whitelist add Steve');
        $this->assertCount(1, $whitelists);

        $onlyMaster = GameWorld::desired([$this->state('frost-knight', BillingState::Ended), $this->state('frost-master', sub: 'sub_2')])['effects'];
        $this->assertNotContains('2 revoke: whitelist remove Steve', $this->commands(GamePlanner::plan($onlyMaster, $both)), 'the other tier still whitelists');
    }
}
