<?php

namespace Tiergate\Tests\Integration\Services\Engine;

use Illuminate\Support\Facades\DB;
use Tiergate\Tests\IntegrationTestCase;
use Tiergate\Tests\Integration\StoresEvents;
use Illuminate\Database\Events\QueryExecuted;
use Tiergate\Tests\Integration\FakesTheOutside;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\InboxEvent;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\Trigger;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\SubscriberReconciliationService;

/**
 * A delivery takes its received_at before it inserts, so an event can be received before a reconcile's clock and
 * committed after that reconcile read the customer's events (found by the torture run: a cancellation was marked
 * processed by a reconcile that never saw it, and the event's own job then found nothing to do). The reconcile
 * marks processed exactly the events it read; the late one stays for the next reconcile. The late event is written
 * on a second connection, committed, as the php-fpm child that received it would.
 */
class EventStoredDuringAReconcileTest extends IntegrationTestCase
{
    use FakesTheOutside;
    use StoresEvents;

    private const WRITER = 'tiergate_late_writer';

    private const LATE = 'msg_late_cancellation';

    protected function setUp(): void
    {
        parent::setUp();
        $this->fakeTheOutside();
        config(['database.connections.' . self::WRITER => config('database.connections.' . config('database.default'))]);
    }

    protected function tearDown(): void
    {
        DB::connection(self::WRITER)->table('tiergate_events')->where('webhook_id', self::LATE)->delete();
        DB::purge(self::WRITER);
        parent::tearDown();
    }

    public function testAnEventCommittedAfterTheReadIsLeftForTheNextReconcile(): void
    {
        $this->storeEvent('cus_late', 'late@example.com', 'subscription.created', 'frost-knight', 1);
        $written = false;
        DB::listen(function (QueryExecuted $query) use (&$written) {
            if (!$written && $query->connectionName !== self::WRITER && str_contains($query->sql, 'from `tiergate_events`') && str_contains($query->sql, 'order by `id`')) {
                $written = true;
                $this->writeLateCancellation();
            }
        });

        app(SubscriberReconciliationService::class)->handle('cus_late', Trigger::event('msg_first'));

        $this->assertTrue($written);
        $this->assertNull(InboxEvent::query()->where('webhook_id', self::LATE)->value('processed_at'), 'not read, so not processed');
        $this->assertNotNull(InboxEvent::query()->where('customer_id', 'cus_late')->where('webhook_id', '!=', self::LATE)->value('processed_at'));
    }

    private function writeLateCancellation(): void
    {
        $received = now()->subSeconds(5); // before the reconcile's clock
        $canonical = ['type' => 'subscription.cancelled', 'timestamp' => $received->toIso8601String(), 'data' => [
            'subscription' => ['id' => 'sub_cus_late', 'status' => 'cancelled', 'product' => ['id' => 'frost-knight', 'slug' => 'frost-knight'], 'sequence' => 2],
            'customer' => ['id' => 'cus_late', 'email' => 'late@example.com'],
        ]];
        DB::connection(self::WRITER)->table('tiergate_events')->insert([
            'webhook_id' => self::LATE, 'type' => 'subscription.cancelled', 'format' => 'canonical', 'subscription_id' => 'sub_cus_late',
            'customer_id' => 'cus_late', 'occurred_at' => $received, 'sequence' => 2, 'body' => '{}', 'canonical' => json_encode($canonical),
            'headers' => '[]', 'source_ip' => '127.0.0.1', 'received_at' => $received,
        ]);
    }
}
