<?php

namespace Tiergate\Tests\Integration\Services\Engine;

use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Queue;
use Tiergate\Tests\IntegrationTestCase;
use Illuminate\Contracts\Cache\Repository;
use Tiergate\Tests\Integration\StoresEvents;
use Tiergate\Tests\Integration\FakesTheOutside;
use Tiergate\Tests\Integration\HoldsInlineSlots;
use Illuminate\Contracts\Cache\Factory as CacheFactory;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\InboxEvent;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\Trigger;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Jobs\ReconcileSubscriber;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\PendingWakes;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\OverflowWakes;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Webhooks\InlineReconcileSlots;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\SubscriberLock;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\SubscriberWaker;

/**
 * SubscriberWaker: with every inline slot taken, one queued reconcile per customer while one is waiting and a new one
 * once it has started; a customer another connection is reconciling is handed to the queue; and the after-response
 * reconcile even when the cache (Redis) is away. The slot limit of the inline pass is
 * Integration/Webhooks/InlineReconcileSlotsTest's.
 */
class SubscriberWakerTest extends IntegrationTestCase
{
    use FakesTheOutside;
    use StoresEvents;
    use HoldsInlineSlots;

    protected function setUp(): void
    {
        parent::setUp();
        $this->fakeTheOutside();
    }

    private const HOLDER = 'tiergate_waker_holder';

    public function testABurstForOneCustomerQueuesOneReconcileUntilItStarts(): void
    {
        $held = $this->takeEverySlot();
        $waker = app(SubscriberWaker::class);
        foreach (['msg_w1', 'msg_w2', 'msg_w3'] as $id) {
            $waker->wake('cus_waker_burst', Trigger::event($id));
        }
        $waker->wake('cus_waker_other', Trigger::event('msg_w4'));

        Queue::assertPushedOn('high', ReconcileSubscriber::class, fn (ReconcileSubscriber $job) => $job->customerId === 'cus_waker_burst'
            && $job->trigger->ref === 'msg_w1');
        $this->assertSame(1, $this->queuedFor('cus_waker_burst'));
        $this->assertSame(1, $this->queuedFor('cus_waker_other'), 'another customer is not held back');

        app(PendingWakes::class)->release('cus_waker_burst'); // what ReconcileSubscriber does as it starts
        $waker->wake('cus_waker_burst', Trigger::event('msg_w5'));
        $this->assertSame(2, $this->queuedFor('cus_waker_burst'), 'an event stored after the start needs a new reconcile');
        array_map(fn ($release) => $release(), $held);
    }

    public function testAWakeThatFoundEverySlotTakenIsAppliedByTheNextSlotHolderAfterItsOwn(): void
    {
        while (app(OverflowWakes::class)->pop() !== null) {
            // left by another test
        }
        $this->storeEvent('cus_waker_over', 'over@example.com', 'subscription.created', 'frost-knight', 1);
        $this->storeEvent('cus_waker_holder', 'holder@example.com', 'subscription.created', 'frost-knight', 1);
        $held = $this->takeEverySlot();
        app(SubscriberWaker::class)->wake('cus_waker_over', Trigger::event('msg_w_over'));
        array_map(fn ($release) => $release(), $held);
        $this->assertSame(1, $this->queuedFor('cus_waker_over'), 'the job stays the hand-off of record');

        app(SubscriberWaker::class)->wake('cus_waker_holder', Trigger::event('msg_w_holder'));
        $this->app->terminate();

        foreach (['cus_waker_holder', 'cus_waker_over'] as $customerId) {
            $this->assertSame(0, InboxEvent::query()->where('customer_id', $customerId)->whereNull('processed_at')->count(), $customerId);
        }
        $this->assertDatabaseHas('users', ['email' => 'over@example.com']);
        $this->assertNull(app(OverflowWakes::class)->pop(), 'taken once');
        $this->assertCount(InlineReconcileSlots::SLOTS, $this->takeEverySlot(), 'the slot was given back after the drain');
    }

    public function testABatchsCustomersShareThisProcesssOneSlotAndAreAppliedAfterTheAnswer(): void
    {
        foreach (['a', 'b', 'c'] as $n) {
            $this->storeEvent("cus_waker_batch_{$n}", "batch-{$n}@example.com", 'subscription.created', 'frost-knight', 1);
        }
        $waker = app(SubscriberWaker::class);
        foreach (['a', 'b', 'c'] as $n) {
            $waker->wake("cus_waker_batch_{$n}", Trigger::event("msg_w_batch_{$n}"));
        }

        $this->assertCount(InlineReconcileSlots::SLOTS - 1, $others = $this->takeEverySlot(), 'one process holds one slot, whatever the batch');
        array_map(fn ($release) => $release(), $others);
        Queue::assertNothingPushed();
        $this->app->terminate();

        foreach (['a', 'b', 'c'] as $n) {
            $this->assertDatabaseHas('users', ['email' => "batch-{$n}@example.com"]);
        }
        $this->assertCount(InlineReconcileSlots::SLOTS, $this->takeEverySlot(), 'the slot was given back');
    }

    public function testUnderABurstTheWaitingWakesAreLeftToTheQueue(): void
    {
        while (app(OverflowWakes::class)->pop() !== null) {
            // left by another test
        }
        $held = $this->takeEverySlot();
        for ($i = 0; $i <= OverflowWakes::SATURATED; ++$i) {
            app(SubscriberWaker::class)->wake("cus_waker_flood_{$i}", Trigger::event("msg_w_flood_{$i}"));
        }
        array_map(fn ($release) => $release(), $held);

        $this->assertNull(app(OverflowWakes::class)->pop(), 'more waiting than the slots can take: the children go back to deliveries');
        $this->assertSame(OverflowWakes::SATURATED + 1, Queue::pushed(ReconcileSubscriber::class)->count(), 'each has its job');
        app(OverflowWakes::class)->push('cus_waker_after', Trigger::event('msg_w_after'));
        $this->assertSame('cus_waker_after', app(OverflowWakes::class)->pop()[0] ?? null, 'the list works again once the burst is over');
    }

    public function testACustomerAnotherConnectionIsReconcilingIsHandedToTheQueue(): void
    {
        while (app(OverflowWakes::class)->pop() !== null) {
            // left by another test
        }
        $customerId = 'cus_waker_busy';
        $this->storeEvent($customerId, 'busy@example.com', 'subscription.created', 'frost-knight', 1);
        config(['database.connections.' . self::HOLDER => config('database.connections.' . config('database.default'))]);
        try {
            (new SubscriberLock(DB::connection(self::HOLDER)))->run($customerId, 0, function () use ($customerId) {
                app(SubscriberWaker::class)->wake($customerId, Trigger::event('msg_w_busy'));
                $this->assertSame(0, $this->queuedFor($customerId), 'a free slot: nothing queued before the attempt');
                $this->app->terminate();
            });
        } finally {
            DB::purge(self::HOLDER);
        }

        $this->assertSame(1, $this->queuedFor($customerId), 'the holder may have read before this event: the job covers it');
        $this->assertSame($customerId, app(OverflowWakes::class)->pop()[0] ?? null, 'and the next slot holder takes it without waiting for the queue');
        $this->assertSame(1, InboxEvent::query()->where('customer_id', $customerId)->whereNull('processed_at')->count());
    }

    public function testWithTheCacheAwayNothingIsQueuedButTheEventIsStillAppliedAfterTheAnswer(): void
    {
        $this->storeEvent('cus_waker_nocache', 'nocache@example.com', 'subscription.created', 'frost-knight', 1);
        $broken = \Mockery::mock(Repository::class);
        $broken->allows('add')->andThrow(new \RuntimeException('Connection refused [tcp://127.0.0.1:6379]'));
        $brokenFactory = \Mockery::mock(CacheFactory::class);
        $brokenFactory->allows('store')->andThrow(new \RuntimeException('Connection refused [tcp://127.0.0.1:6379]'));
        $this->app->instance(SubscriberWaker::class, new SubscriberWaker(new PendingWakes($broken), new InlineReconcileSlots($brokenFactory), app(OverflowWakes::class), $this->app));

        app(SubscriberWaker::class)->wake('cus_waker_nocache', Trigger::event('msg_w6'));
        $this->assertSame(0, $this->queuedFor('cus_waker_nocache'));
        $this->app->terminate();

        $this->assertSame(0, InboxEvent::query()->where('customer_id', 'cus_waker_nocache')->whereNull('processed_at')->count());
        $this->assertDatabaseHas('users', ['email' => 'nocache@example.com']);
    }

    private function queuedFor(string $customerId): int
    {
        return Queue::pushed(ReconcileSubscriber::class, fn (ReconcileSubscriber $job) => $job->customerId === $customerId)->count();
    }
}
