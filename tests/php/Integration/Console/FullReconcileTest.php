<?php

namespace Tiergate\Tests\Integration\Console;

use Carbon\CarbonImmutable;
use Illuminate\Support\Facades\Queue;
use Illuminate\Support\Facades\Artisan;
use Tiergate\Tests\IntegrationTestCase;
use Tiergate\Tests\Integration\StoresEvents;
use Tiergate\Tests\Integration\FakesTheOutside;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\InboxEvent;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Subscription;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\Trigger;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Jobs\ReconcileSubscriber;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\ReconcileRunStarter;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\SubscriberReconciliationService;

/**
 * A reconcile of everyone (`tiergate:reconcile`, the admin page's "Reconcile all") reads the customers in chunks
 * first, as the scheduled full reconcile does, and reconciles only those a reconcile could change anything for.
 */
class FullReconcileTest extends IntegrationTestCase
{
    use FakesTheOutside;
    use StoresEvents;

    protected function setUp(): void
    {
        parent::setUp();
        $this->fakeTheOutside();
        $this->travel(1)->minutes(); // reconciled after the tiers were imported, not in the same second
        $this->storeEvent('cus_full_inline', 'inline@example.com', 'subscription.created', 'frost-knight', 1);
        $this->storeEvent('cus_full_behind', 'behind@example.com', 'subscription.created', 'frost-knight', 1);
        foreach (['cus_full_inline', 'cus_full_behind'] as $customerId) {
            app(SubscriberReconciliationService::class)->handle($customerId, Trigger::command('test'));
        }
        $this->travel(2)->minutes();
        $this->storeEvent('cus_full_behind', 'behind@example.com', 'subscription.updated', 'awakened', 2);
    }

    public function testTheCommandReconcilesOnlyWhoIsNotInLine(): void
    {
        $inLineAt = $this->reconciledAt('cus_full_inline');

        $exit = Artisan::call('tiergate:reconcile');
        $output = Artisan::output();

        $this->assertSame(0, $exit, $output);
        $this->assertMatchesRegularExpression('/\d+ subscriber\(s\) \(\d+ already in line\)/', $output);
        $this->assertSame(0, InboxEvent::query()->where('customer_id', 'cus_full_behind')->whereNull('processed_at')->count());
        $this->assertSame('Awakened', Subscription::query()->where('customer_id', 'cus_full_behind')->value('tier_name'));
        $this->assertEquals($inLineAt, $this->reconciledAt('cus_full_inline'), 'in line: not reconciled again');
    }

    public function testReconcileAllQueuesOnlyWhoIsNotInLineAndCountsTheRestDone(): void
    {
        $progress = app(ReconcileRunStarter::class)->start(Trigger::admin(1));

        Queue::assertPushed(ReconcileSubscriber::class, fn (ReconcileSubscriber $job) => $job->customerId === 'cus_full_behind');
        Queue::assertNotPushed(ReconcileSubscriber::class, fn (ReconcileSubscriber $job) => $job->customerId === 'cus_full_inline');
        $this->assertSame($progress['total'] - Queue::pushed(ReconcileSubscriber::class)->count(), $progress['done']);
        $this->assertGreaterThanOrEqual(1, $progress['done']);
    }

    private function reconciledAt(string $customerId): ?CarbonImmutable
    {
        return Subscription::query()->where('customer_id', $customerId)->first()?->reconciled_at;
    }
}
