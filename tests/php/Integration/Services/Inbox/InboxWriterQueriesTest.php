<?php

namespace Tiergate\Tests\Integration\Services\Inbox;

use Carbon\CarbonImmutable;
use Illuminate\Support\Facades\DB;
use Illuminate\Database\Eloquent\Model;
use Tiergate\Tests\IntegrationTestCase;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Contract\EventDecoder;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Inbox\InboxWriter;

/**
 * Storing a delivery is the whole per-request database work of the webhook: one lookup by id and one insert. Each
 * php-fpm request starts with no model metadata, which this test reproduces by clearing Eloquent's per-process cache
 * of table columns (what a guarded create() fills with an information_schema query).
 */
class InboxWriterQueriesTest extends IntegrationTestCase
{
    public function testADeliveryIsStoredWithALookupAndAnInsertOnly(): void
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
        app(InboxWriter::class)->store($event, 'msg_queries', $body, ['webhook-id' => 'msg_queries'], '127.0.0.1', CarbonImmutable::now());

        $this->assertSame([], array_values(array_filter($queries, fn (string $sql) => stripos($sql, 'information_schema') !== false)));
        $this->assertCount(2, $queries, implode("\n", $queries));
    }
}
