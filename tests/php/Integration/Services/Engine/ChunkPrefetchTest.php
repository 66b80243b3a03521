<?php

namespace Tiergate\Tests\Integration\Services\Engine;

use Pterodactyl\Models\User;
use Pterodactyl\Models\Subuser;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Queue;
use Tiergate\Tests\IntegrationTestCase;
use Tiergate\Tests\Integration\StoresEvents;
use Tiergate\Tests\Integration\FakesTheOutside;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Settings\Settings;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\Trigger;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Jobs\ReconcileSubscriber;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\ChunkPrefetch;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\SubscriberReconciliationService;

/**
 * A full reconcile reads a chunk of customers in a few queries and leaves alone those a reconcile would not change:
 * whatever differs (a subuser row deleted or edited by someone, an event not yet applied, a catalogue change since
 * the last reconcile, shadow mode) puts the customer back in, and each one put back does get a non-empty plan.
 */
class ChunkPrefetchTest extends IntegrationTestCase
{
    use FakesTheOutside;
    use StoresEvents;

    private const CUSTOMERS = ['cus_chunk_a', 'cus_chunk_b', 'cus_chunk_c'];

    protected function setUp(): void
    {
        parent::setUp();
        $this->fakeTheOutside();
        foreach (self::CUSTOMERS as $customerId) {
            $this->storeEvent($customerId, "{$customerId}@example.com", 'subscription.created', 'frost-knight', 1);
            app(SubscriberReconciliationService::class)->handle($customerId, Trigger::command('test'));
        }
        // The reconciles above ran in this second; inputs the test changes are dated after them.
        DB::table('tiergate_subscriptions')->whereIn('customer_id', self::CUSTOMERS)->update(['reconciled_at' => now()->addSecond()]);
        $this->travel(2)->seconds();
    }

    private function needing(): array
    {
        return app(ChunkPrefetch::class)->needingReconcile(self::CUSTOMERS, now()->toImmutable());
    }

    private function rows(string $customerId)
    {
        return Subuser::query()->where('user_id', User::query()->where('email', "{$customerId}@example.com")->value('id'))->orderBy('id')->get();
    }

    public function testCustomersInLineAreLeftAloneAndEachDifferenceBringsItsCustomerBack(): void
    {
        $this->assertSame([], $this->needing());

        $this->rows('cus_chunk_a')->first()->delete();
        $this->rows('cus_chunk_b')->first()->forceFill(['permissions' => ['control.console']])->save();
        $this->storeEvent('cus_chunk_c', 'cus_chunk_c@example.com', 'subscription.updated', 'awakened', 2);

        $this->assertSame(self::CUSTOMERS, $this->needing());
        foreach (self::CUSTOMERS as $customerId) {
            $this->assertNotEmpty(app(SubscriberReconciliationService::class)->handle($customerId, Trigger::command('test'))->plan, $customerId);
        }
    }

    public function testAnOwedTokenRevocationOrAGrantWithNoSubuserRowBringsItsCustomerBack(): void
    {
        $grants = fn (string $customerId) => DB::table('tiergate_grants')->whereIn('subuser_id', $this->rows($customerId)->pluck('id'));
        $grants('cus_chunk_a')->limit(1)->update(['revocation_pending' => true]);
        $grants('cus_chunk_c')->limit(1)->update(['subuser_id' => null]);

        $this->assertSame(['cus_chunk_a', 'cus_chunk_c'], $this->needing());
    }

    public function testACatalogueChangeAfterTheLastReconcileBringsEveryoneBack(): void
    {
        DB::table('tiergate_templates')->where('key', 'subscriber_knight')->update(['updated_at' => now()]);

        $this->assertSame(self::CUSTOMERS, $this->needing());
    }

    public function testOutsideLiveModeNothingIsLeftOut(): void
    {
        app(Settings::class)->set(Settings::APPLY_MODE, 'shadow');

        $this->assertSame(self::CUSTOMERS, $this->needing());
    }

    public function testAnEventsQueuedJobAfterTheInlineReconcileReadsAndLeavesItAlone(): void
    {
        $reconciledAt = fn (string $id) => DB::table('tiergate_subscriptions')->where('customer_id', $id)->value('reconciled_at');
        $before = $reconciledAt('cus_chunk_a');
        $this->rows('cus_chunk_b')->first()->delete();

        foreach (['cus_chunk_a', 'cus_chunk_b'] as $customerId) {
            app()->call([new ReconcileSubscriber($customerId, Trigger::event('msg_chunk'), null, 'high'), 'handle']);
        }

        $this->assertSame($before, $reconciledAt('cus_chunk_a'), 'nothing to change: not reconciled again');
        $this->assertNotSame($before, $reconciledAt('cus_chunk_b'));
        $this->assertCount(count($this->rows('cus_chunk_c')), $this->rows('cus_chunk_b'), 'the deleted row is back');
    }

    public function testTheScheduledFullReconcileQueuesOnlyTheCustomersThatNeedIt(): void
    {
        Queue::fake();
        $this->rows('cus_chunk_b')->first()->delete();
        app(Settings::class)->set(Settings::LAST_FULL_RECONCILE_AT, now()->subDay()->toIso8601String());

        $this->artisan('tiergate:tick')->assertSuccessful();

        Queue::assertPushed(ReconcileSubscriber::class, fn (ReconcileSubscriber $job) => $job->customerId === 'cus_chunk_b' && $job->queue === 'low');
        foreach (['cus_chunk_a', 'cus_chunk_c'] as $inLine) {
            Queue::assertNotPushed(ReconcileSubscriber::class, fn (ReconcileSubscriber $job) => $job->customerId === $inLine);
        }
    }
}
