<?php

namespace Tiergate\Tests\Integration\Services\Engine;

use Pterodactyl\Models\User;
use Pterodactyl\Models\Server;
use Pterodactyl\Models\Subuser;
use Tiergate\Tests\IntegrationTestCase;
use Tiergate\Tests\Integration\FakesTheOutside;
use Tiergate\Tests\Integration\Identity\StoredEvents;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\LogEntry;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\LogCondition;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\Trigger;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\SubscriberReconciliationService;

/**
 * A conflict is logged when it appears or changes, not by every reconcile that meets it again: the seeded `player`
 * holds a subuser row on Fire Hub that Tiergate did not make, so a Knight tier linked to that account meets it.
 */
class ConflictLogTest extends IntegrationTestCase
{
    use StoredEvents;
    use FakesTheOutside;

    protected function setUp(): void
    {
        parent::setUp();
        $this->fakeTheOutside();
    }

    public function testTheSameConflictMetByTwoReconcilesOfOneEventIsLoggedOnce(): void
    {
        $this->storeEvent('cus_conflict', 'sub_conflict', 'fire-knight', ['email' => 'player@tiergate.test']);

        // What the after-response pass and the queued job both do for one event, then a full reconcile later.
        app(SubscriberReconciliationService::class)->handle('cus_conflict', Trigger::event('msg_1'));
        app(SubscriberReconciliationService::class)->handle('cus_conflict', Trigger::event('msg_1'));
        app(SubscriberReconciliationService::class)->handle('cus_conflict', Trigger::schedule('full reconcile'));

        $this->assertSame(1, $this->conflicts());
    }

    public function testAConflictThatEndsAndComesBackIsLoggedAgain(): void
    {
        $this->storeEvent('cus_conflict', 'sub_conflict', 'fire-knight', ['email' => 'player@tiergate.test']);
        app(SubscriberReconciliationService::class)->handle('cus_conflict', Trigger::event('msg_1'));

        // Down to a tier without Fire Hub: the conflict is over.
        $this->storeEvent('cus_conflict', 'sub_conflict', 'awakened', ['email' => 'player@tiergate.test'], 2);
        app(SubscriberReconciliationService::class)->handle('cus_conflict', Trigger::event('msg_2'));
        $this->assertSame(1, $this->conflicts());

        $this->storeEvent('cus_conflict', 'sub_conflict', 'fire-knight', ['email' => 'player@tiergate.test'], 3);
        app(SubscriberReconciliationService::class)->handle('cus_conflict', Trigger::event('msg_3'));
        app(SubscriberReconciliationService::class)->handle('cus_conflict', Trigger::event('msg_3'));
        $this->assertSame(2, $this->conflicts());
    }

    public function testAConflictEndsWhenTheRowInTheWayIsRemovedAndTheGrantApplies(): void
    {
        $this->storeEvent('cus_conflict', 'sub_conflict', 'fire-knight', ['email' => 'player@tiergate.test']);
        app(SubscriberReconciliationService::class)->handle('cus_conflict', Trigger::event('msg_1'));
        $this->assertSame(1, LogCondition::query()->where('customer_id', 'cus_conflict')->count());

        $user = User::query()->where('email', 'player@tiergate.test')->firstOrFail();
        $fireHub = Server::query()->where('name', 'Fire Hub')->firstOrFail();
        Subuser::query()->where('user_id', $user->id)->where('server_id', $fireHub->id)->delete(); // the admin clears the way
        app(SubscriberReconciliationService::class)->handle('cus_conflict', Trigger::schedule('full reconcile'));

        $this->assertTrue(LogEntry::query()->where('customer_id', 'cus_conflict')->where('server_id', $fireHub->id)->where('outcome', LogEntry::OUTCOME_OK)->exists());
        $this->assertSame(0, LogCondition::query()->where('customer_id', 'cus_conflict')->count(), 'the applied grant ended the standing conflict');
    }

    private function conflicts(): int
    {
        return LogEntry::query()->where('customer_id', 'cus_conflict')->where('outcome', LogEntry::OUTCOME_CONFLICT)->count();
    }
}
