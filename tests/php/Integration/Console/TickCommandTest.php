<?php

namespace Tiergate\Tests\Integration\Console;

use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Cache;
use Illuminate\Support\Facades\Queue;
use Tiergate\Tests\IntegrationTestCase;
use Tiergate\Tests\Integration\StoresEvents;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Settings\Settings;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Jobs\WorkerHeartbeat;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Jobs\ReconcileSubscriber;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Mode\PauseService;

/** `php artisan tiergate:tick`, as the scheduler runs it every minute: who it queues a reconcile for, and why. */
class TickCommandTest extends IntegrationTestCase
{
    use StoresEvents;

    protected function setUp(): void
    {
        parent::setUp();
        Queue::fake();
        // The full reconcile just ran, so only the clock and stranded events decide.
        app(Settings::class)->set(Settings::LAST_FULL_RECONCILE_AT, now()->toIso8601String());
    }

    public function testTheClockAndStrandedEventsQueueTheirCustomersAndNobodyElse(): void
    {
        $this->subscription('cus_tick_due', now()->subMinute());
        $this->subscription('cus_tick_later', now()->addHour());
        $this->storeEvent('cus_tick_stranded', 'stranded@example.com', 'subscription.created', 'frost-knight', 1);
        DB::table('tiergate_events')->where('customer_id', 'cus_tick_stranded')->update(['received_at' => now()->subMinutes(2)]);
        $this->storeEvent('cus_tick_fresh', 'fresh@example.com', 'subscription.created', 'frost-knight', 1);

        $this->artisan('tiergate:tick')->assertSuccessful();

        $this->assertQueued('cus_tick_due', 'clock', 'high');
        $this->assertQueued('cus_tick_stranded', 'stranded events', 'standard');
        foreach (['cus_tick_later', 'cus_tick_fresh'] as $notYet) {
            Queue::assertNotPushed(ReconcileSubscriber::class, fn (ReconcileSubscriber $job) => $job->customerId === $notYet);
        }
        Queue::assertPushed(WorkerHeartbeat::class);
    }

    public function testWhenTheIntervalHasPassedEveryoneIsReconciledOnTheLowQueue(): void
    {
        app(Settings::class)->set(Settings::LAST_FULL_RECONCILE_AT, now()->subDay()->toIso8601String());
        $this->storeEvent('cus_tick_everyone', 'everyone@example.com', 'subscription.created', 'frost-knight', 1);

        $this->artisan('tiergate:tick')->assertSuccessful();

        $this->assertQueued('cus_tick_everyone', 'full reconcile', 'low');
        $this->assertEqualsWithDelta(now()->getTimestamp(), strtotime(app(Settings::class)->get(Settings::LAST_FULL_RECONCILE_AT)), 5);
    }

    public function testPausedItQueuesNoReconcile(): void
    {
        app(PauseService::class)->pause('ops-admin', 'maintenance');
        app(Settings::class)->set(Settings::LAST_FULL_RECONCILE_AT, null);
        $this->subscription('cus_tick_paused', now()->subMinute());

        $this->artisan('tiergate:tick')->assertSuccessful();

        Queue::assertNotPushed(ReconcileSubscriber::class);
    }

    public function testASecondTickWhileOneRunsDoesNothing(): void
    {
        $this->subscription('cus_tick_overlap', now()->subMinute());
        $held = Cache::lock('tiergate:tick', 120);
        $this->assertTrue($held->get());

        try {
            $this->artisan('tiergate:tick')->expectsOutputToContain('Another tick is still running')->assertSuccessful();
        } finally {
            $held->release();
        }
        Queue::assertNothingPushed();
    }

    private function subscription(string $customerId, \DateTimeInterface $nextChangeAt): void
    {
        DB::table('tiergate_subscriptions')->insert([
            'subscription_id' => "sub_{$customerId}",
            'customer_id' => $customerId,
            'customer_email' => "{$customerId}@example.com",
            'product_key' => 'frost-knight',
            'state' => 'grace',
            'reason' => 'payment_failed',
            'next_change_at' => $nextChangeAt,
            'created_at' => now(),
            'updated_at' => now(),
        ]);
    }

    private function assertQueued(string $customerId, string $why, string $queue): void
    {
        Queue::assertPushedOn($queue, ReconcileSubscriber::class, fn (ReconcileSubscriber $job) => $job->customerId === $customerId
            && $job->trigger->ref === $why);
    }
}
