<?php

namespace Tiergate\Tests\Integration\Services\Inbox;

use Carbon\CarbonImmutable;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Event;
use Illuminate\Database\Eloquent\Model;
use Tiergate\Tests\IntegrationTestCase;
use Illuminate\Database\Events\TransactionBeginning;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Contract\EventDecoder;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Inbox\InboxWriter;

/**
 * Storing a delivery is the whole per-request database work of the webhook: one insert, whose unique index is the
 * duplicate check (a redelivery costs a lookup more). Each
 * php-fpm request starts with no model metadata, which this test reproduces by clearing Eloquent's per-process cache
 * of table columns (what a guarded create() fills with an information_schema query).
 */
class InboxWriterQueriesTest extends IntegrationTestCase
{
    public function testAFirstDeliveryIsStoredWithOneInsertAndNoTransaction(): void
    {
        (new \ReflectionProperty(Model::class, 'guardableColumns'))->setValue(null, []);
        $body = json_encode(['type' => 'subscription.created', 'timestamp' => '2026-11-24T06:00:00Z', 'data' => [
            'subscription' => ['id' => 'sub_q', 'status' => 'active', 'product' => ['id' => 2], 'sequence' => 1],
            'customer' => ['id' => 'cus_q', 'email' => 'queries@example.com'],
        ]]);
        $event = (new EventDecoder())->decode($body, time());

        $queries = [];
        DB::listen(function ($query) use (&$queries) {
            $queries[] = $query->sql;
        });
        $transactions = 0;
        Event::listen(TransactionBeginning::class, function () use (&$transactions) {
            ++$transactions;
        });
        app(InboxWriter::class)->store($event, 'msg_queries', $body, ['webhook-id' => 'msg_queries'], '127.0.0.1', CarbonImmutable::now());

        $this->assertSame([], array_values(array_filter($queries, fn (string $sql) => stripos($sql, 'information_schema') !== false)));
        $this->assertCount(1, $queries, implode("\n", $queries));
        $this->assertStringStartsWith('insert into `tiergate_events`', $queries[0]);
        $this->assertSame(0, $transactions);

        $queries = [];
        $again = app(InboxWriter::class)->store($event, 'msg_queries', $body, ['webhook-id' => 'msg_queries'], '127.0.0.1', CarbonImmutable::now());
        $this->assertSame(InboxWriter::DUPLICATE, $again);
        $this->assertCount(1, $queries, 'after the insert the unique index refuses (a failed statement is not reported), the lookup');
        $this->assertStringStartsWith('select `body` from `tiergate_events`', $queries[0]);
    }
}
