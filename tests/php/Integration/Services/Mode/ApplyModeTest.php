<?php

namespace Tiergate\Tests\Integration\Services\Mode;

use Illuminate\Support\Facades\DB;
use Tiergate\Tests\IntegrationTestCase;
use Tiergate\Tests\Integration\StoresEvents;
use Tiergate\Tests\Integration\FakesTheOutside;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\LogEntry;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\InboxEvent;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Settings\Settings;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Subscription;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\Trigger;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Mode\ApplyMode;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Mode\PauseService;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Mode\GoLiveService;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\SubscriberReconciliationService;

/** Shadow mode (a fresh install's default) and the pause switch: events are stored and planned, nothing is applied. */
class ApplyModeTest extends IntegrationTestCase
{
    use StoresEvents;
    use FakesTheOutside;

    protected function setUp(): void
    {
        parent::setUp();
        $this->fakeTheOutside();
    }

    private function reconcile(string $customerId): void
    {
        app(SubscriberReconciliationService::class)->handle($customerId, Trigger::schedule('test'));
    }

    private function subusers(string $email): int
    {
        return DB::table('subusers')->join('users', 'users.id', '=', 'subusers.user_id')->where('users.email', $email)->count();
    }

    public function testAFreshInstallIsInShadowModeAndAppliesNothingButLogsWhatItWouldDo(): void
    {
        DB::table('tiergate_settings')->where('key', Settings::APPLY_MODE)->delete();
        $this->assertSame(ApplyMode::SHADOW, app(ApplyMode::class)->mode());

        $this->storeEvent('cus_shadow', 'shadow@example.com', 'subscription.created', 'fire-knight', 1);
        $this->reconcile('cus_shadow');
        $this->reconcile('cus_shadow');

        $this->assertSame(0, DB::table('users')->where('email', 'shadow@example.com')->count(), 'shadow mode created an account');
        $would = LogEntry::query()->where('customer_id', 'cus_shadow')->where('outcome', LogEntry::OUTCOME_SHADOW)->get();
        $this->assertNotEmpty($would, 'nothing was logged as what Tiergate would do');
        $this->assertSame($would->count(), $would->unique(fn ($e) => $e->server_id . $e->action)->count(), 'a second shadow reconcile logged the same plan again');
        $this->assertTrue($would->every(fn ($e) => $e->action === 'grant'));
        $this->assertSame('active', Subscription::query()->where('customer_id', 'cus_shadow')->value('state'), 'the subscriber list does not follow events in shadow mode');
        $this->assertSame(1, InboxEvent::query()->where('customer_id', 'cus_shadow')->whereNull('processed_at')->count(), 'the event no longer waits for go-live');

        app(GoLiveService::class)->handle();
        $this->reconcile('cus_shadow');
        $this->assertSame($would->count(), $this->subusers('shadow@example.com'), 'going live did not apply what shadow mode said it would');
        $this->assertSame(0, InboxEvent::query()->where('customer_id', 'cus_shadow')->whereNull('processed_at')->count());
    }

    public function testApplyingOneSubscriberInShadowModeAppliesOnlyThatOne(): void
    {
        app(GoLiveService::class)->backToShadow();
        $this->storeEvent('cus_one', 'one@example.com', 'subscription.created', 'fire-knight', 1);
        $this->storeEvent('cus_two', 'two@example.com', 'subscription.created', 'fire-knight', 1);
        $this->reconcile('cus_two');
        app(SubscriberReconciliationService::class)->handle('cus_one', Trigger::admin(1), evenInShadow: true);

        $this->assertGreaterThan(0, $this->subusers('one@example.com'));
        $this->assertSame(0, DB::table('users')->where('email', 'two@example.com')->count());
        $this->assertTrue(app(ApplyMode::class)->isShadow(), 'applying one subscriber left shadow mode');
    }

    public function testAPauseStoresAndPlansButAppliesNothingUntilUnpaused(): void
    {
        $this->storeEvent('cus_pause', 'pause@example.com', 'subscription.created', 'fire-knight', 1);
        $this->reconcile('cus_pause');
        $granted = $this->subusers('pause@example.com');
        $this->assertGreaterThan(0, $granted);

        app(PauseService::class)->pause('admin', 'Wings maintenance');
        $this->storeEvent('cus_pause', 'pause@example.com', 'subscription.terminated', 'fire-knight', 2, 'cancelled');
        $this->reconcile('cus_pause');
        app(SubscriberReconciliationService::class)->handle('cus_pause', Trigger::admin(1), evenInShadow: true);
        $this->assertSame($granted, $this->subusers('pause@example.com'), 'a paused Tiergate changed access');
        $this->assertSame(0, LogEntry::query()->where('customer_id', 'cus_pause')->whereIn('outcome', [LogEntry::OUTCOME_SHADOW, LogEntry::OUTCOME_PAUSED])->count());
        $this->assertSame(['at', 'by', 'reason'], array_keys(app(ApplyMode::class)->pause()));

        $this->assertTrue(app(PauseService::class)->unpause());
        $this->reconcile('cus_pause');
        $this->assertSame(0, $this->subusers('pause@example.com'), 'unpausing did not apply the termination that arrived meanwhile');
    }
}
