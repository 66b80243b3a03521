<?php

namespace Tiergate\Tests\Integration\Webhooks;

use Illuminate\Support\Facades\Queue;
use Tiergate\Tests\IntegrationTestCase;
use Tiergate\Tests\Integration\StoresEvents;
use Tiergate\Tests\Integration\HoldsInlineSlots;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\InboxEvent;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\Trigger;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Jobs\ReconcileSubscriber;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Webhooks\InlineReconcileSlots;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\SubscriberWaker;

/**
 * The after-response reconcile runs in the php-fpm child only while a slot is free, and then nothing is queued; with
 * every slot taken the child is let go at once and the queued job is the one that applies the event.
 */
class InlineReconcileSlotsTest extends IntegrationTestCase
{
    use StoresEvents;
    use HoldsInlineSlots;

    public function testOnlySlotsManyHoldersAtOnceAndAReleasedSlotIsFreeAgain(): void
    {
        $slots = app(InlineReconcileSlots::class);
        $held = [];
        for ($i = 0; $i < InlineReconcileSlots::SLOTS; ++$i) {
            $held[] = $slots->tryAcquire();
        }
        $this->assertNotContains(null, $held);
        $this->assertNull($slots->tryAcquire());

        $held[0]();
        $again = $slots->tryAcquire();
        $this->assertNotNull($again);
        $again();
        array_shift($held);
        array_map(fn ($release) => $release(), $held);
    }

    public function testWithEverySlotTakenTheWakeLeavesTheReconcileToTheQueuedJob(): void
    {
        Queue::fake();
        $held = $this->takeEverySlot();
        $customerId = 'cus_inline_busy_' . getmypid();
        $this->storeEvent($customerId, "{$customerId}@example.com", 'subscription.created', 'unmapped-product', 1);

        app(SubscriberWaker::class)->wake($customerId, Trigger::event('msg_inline_busy'));
        app()->terminate();

        Queue::assertPushed(ReconcileSubscriber::class, fn (ReconcileSubscriber $job) => $job->customerId === $customerId);
        $this->assertSame(1, InboxEvent::query()->where('customer_id', $customerId)->whereNull('processed_at')->count());
        array_map(fn ($release) => $release(), $held);
    }

    public function testWithASlotFreeTheEventIsAppliedRightAfterTheAnswer(): void
    {
        Queue::fake();
        $customerId = 'cus_inline_free_' . getmypid();
        $this->storeEvent($customerId, "{$customerId}@example.com", 'subscription.created', 'unmapped-product', 1);

        app(SubscriberWaker::class)->wake($customerId, Trigger::event('msg_inline_free'));
        app()->terminate();

        $this->assertSame(0, InboxEvent::query()->where('customer_id', $customerId)->whereNull('processed_at')->count());
        Queue::assertNotPushed(ReconcileSubscriber::class, fn (ReconcileSubscriber $job) => $job->customerId === $customerId);
        $this->assertCount(InlineReconcileSlots::SLOTS, $this->takeEverySlot(), 'the inline reconcile gave its slot back');
    }
}
