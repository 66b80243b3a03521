<?php

namespace Tiergate\Tests\Integration\Services\Engine;

use Illuminate\Support\Facades\Queue;
use Tiergate\Tests\IntegrationTestCase;
use Illuminate\Contracts\Cache\Repository;
use Tiergate\Tests\Integration\StoresEvents;
use Tiergate\Tests\Integration\FakesTheOutside;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\InboxEvent;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\Trigger;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Jobs\ReconcileSubscriber;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\PendingWakes;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\SubscriberWaker;

/**
 * SubscriberWaker: one queued reconcile per customer while one is waiting, a new one once it has started, and the
 * after-response reconcile even when the cache (Redis) is away. The slot limit of the inline pass is
 * Integration/Webhooks/InlineReconcileSlotsTest's.
 */
class SubscriberWakerTest extends IntegrationTestCase
{
    use FakesTheOutside;
    use StoresEvents;

    protected function setUp(): void
    {
        parent::setUp();
        $this->fakeTheOutside();
    }

    public function testABurstForOneCustomerQueuesOneReconcileUntilItStarts(): void
    {
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
    }

    public function testWithTheCacheAwayNothingIsQueuedButTheEventIsStillAppliedAfterTheAnswer(): void
    {
        $this->storeEvent('cus_waker_nocache', 'nocache@example.com', 'subscription.created', 'frost-knight', 1);
        $broken = \Mockery::mock(Repository::class);
        $broken->allows('add')->andThrow(new \RuntimeException('Connection refused [tcp://127.0.0.1:6379]'));
        $this->app->instance(SubscriberWaker::class, new SubscriberWaker(new PendingWakes($broken), $this->app));

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
