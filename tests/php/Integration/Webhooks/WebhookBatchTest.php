<?php

namespace Tiergate\Tests\Integration\Webhooks;

use Carbon\CarbonImmutable;
use Illuminate\Http\JsonResponse;
use Tiergate\Tests\IntegrationTestCase;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\InboxEvent;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Webhooks\WebhookBatch;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Contract\ContractEvent;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Webhooks\WebhookProcessor;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Inbox\InboxWriter;

/**
 * A signed batch through WebhookProcessor against panel_test: each item is stored or refused as its own delivery
 * would be, the answer lists every item in order, a bad envelope or a failed store stores none of it.
 */
class WebhookBatchTest extends IntegrationTestCase
{
    use SignedDeliveries;

    public function testEveryItemIsStoredWithItsOwnIdAndBytesAndEachCustomerWokenOnce(): void
    {
        $items = [
            ['id' => 'msg_b1_a', 'body' => $this->event('cus_b1_x', 'sub_b1_x', 1)],
            ['id' => 'msg_b1_b', 'body' => $this->event('cus_b1_y', 'sub_b1_y', 1)],
            ['id' => 'msg_b1_c', 'body' => $this->event('cus_b1_x', 'sub_b1_x', 2)],
        ];

        $answer = $this->deliver('batch_b1', $items);

        $this->assertSame(200, $answer->getStatusCode());
        $this->assertSame(['status' => 'batch', 'results' => [
            ['id' => 'msg_b1_a', 'status' => 'stored'],
            ['id' => 'msg_b1_b', 'status' => 'stored'],
            ['id' => 'msg_b1_c', 'status' => 'stored'],
        ]], $answer->getData(true));
        foreach ($items as $item) {
            $row = InboxEvent::query()->where('webhook_id', $item['id'])->sole();
            $this->assertSame($item['body'], $row->body, 'stored byte for byte, as its own delivery would be');
            $this->assertSame('batch_b1', $row->headers['webhook-batch-id']);
        }
        $this->assertSame([['cus_b1_x', 'msg_b1_a'], ['cus_b1_y', 'msg_b1_b']], array_map(fn (array $w) => [$w[0], $w[2]], $this->woken->getArrayCopy()));
        $this->assertFalse(InboxEvent::query()->where('webhook_id', 'batch_b1')->exists(), 'the envelope is not an event');
    }

    public function testEachItemIsAnsweredAsItsOwnDeliveryWouldBe(): void
    {
        $kept = $this->event('cus_b2', 'sub_b2', 1);
        $this->deliver('batch_b2_first', [['id' => 'msg_b2_dup', 'body' => $kept], ['id' => 'msg_b2_reused', 'body' => $kept]]);
        $this->woken->exchangeArray([]);
        $ping = json_encode(['type' => 'ping', 'timestamp' => now()->toIso8601ZuluString(), 'data' => new \stdClass()]);

        $answer = $this->deliver('batch_b2', [
            ['id' => 'msg_b2_dup', 'body' => $kept],
            ['id' => 'msg_b2_reused', 'body' => $this->event('cus_b2', 'sub_b2', 9)],
            ['id' => 'msg_b2_invalid', 'body' => '{"type": "subscription.created"}'],
            ['id' => 'msg_b2_name', 'body' => $this->event('cus_b2_n', 'sub_b2_n', 1, 'x"; op me')],
            ['id' => 'msg_b2_json', 'body' => '{not json'],
            ['id' => 'msg_b2_ping', 'body' => $ping],
            ['id' => 'msg_b2_new', 'body' => $this->event('cus_b2_new', 'sub_b2_new', 1)],
        ]);

        $results = array_map(fn (array $r) => [$r['id'], $r['status'], $r['http_status'] ?? null, $r['code'] ?? null], $answer->getData(true)['results']);
        $this->assertSame([
            ['msg_b2_dup', 'duplicate', null, null],
            ['msg_b2_reused', 'rejected', 409, 'id_reused'],
            ['msg_b2_invalid', 'rejected', 422, 'invalid'],
            ['msg_b2_name', 'rejected', 422, 'invalid_game_username'],
            ['msg_b2_json', 'rejected', 400, 'malformed'],
            ['msg_b2_ping', 'pong', null, null],
            ['msg_b2_new', 'stored', null, null],
        ], $results);
        $answers = self::answers();
        foreach ($answer->getData(true)['results'] as $r) {
            $r['status'] === 'rejected'
                ? $this->assertSame($answers['rejected'][$r['code']], $r['http_status'], 'the status its own delivery would get')
                : $this->assertArrayHasKey($r['status'], $answers['accepted']);
        }
        $this->assertSame($kept, InboxEvent::query()->where('webhook_id', 'msg_b2_reused')->sole()->body, 'a reused id keeps its first bytes');
        foreach (['msg_b2_invalid', 'msg_b2_name', 'msg_b2_json', 'msg_b2_ping'] as $id) {
            $this->assertFalse(InboxEvent::query()->where('webhook_id', $id)->exists(), $id);
        }
        $this->assertDatabaseHas('tiergate_rejections', ['webhook_id' => 'msg_b2_name', 'code' => 'invalid_game_username', 'status' => 422]);
        $this->assertSame([['cus_b2_new', 'msg_b2_new']], array_map(fn (array $w) => [$w[0], $w[2]], $this->woken->getArrayCopy()));
    }

    /** @return iterable<string, array{0: string}> */
    public static function badEnvelopes(): iterable
    {
        $event = json_encode('{"type":"ping","timestamp":"2026-11-24T06:00:00Z","data":{}}');
        yield 'another key beside batch' => ['{"batch": [{"id": "msg_e_1", "body": ' . $event . '}], "type": "ping"}'];
        yield 'an empty batch' => ['{"batch": []}'];
        yield 'not a list' => ['{"batch": {"id": "msg_e_1"}}'];
        yield 'too many items' => [json_encode(['batch' => array_map(fn (int $i) => ['id' => "msg_e_{$i}", 'body' => '{}'], range(0, WebhookBatch::MAX_ITEMS))])];
        yield 'an item without its id' => ['{"batch": [{"body": ' . $event . '}]}'];
        yield 'an item with another key' => ['{"batch": [{"id": "msg_e_1", "body": ' . $event . ', "x": 1}]}'];
        yield 'a body that is not a string' => ['{"batch": [{"id": "msg_e_1", "body": {"type": "ping"}}]}'];
        yield 'an id that is not printable ASCII' => ['{"batch": [{"id": "msg_e_\u00e9", "body": ' . $event . '}]}'];
        yield 'the same id twice' => ['{"batch": [{"id": "msg_e_1", "body": ' . $event . '}, {"id": "msg_e_1", "body": ' . $event . '}]}'];
    }

    /** @dataProvider badEnvelopes */
    public function testABadEnvelopeIsRefusedWhole(string $envelope): void
    {
        $good = ['id' => 'msg_e_good', 'body' => $this->event('cus_e', 'sub_e', 1)];
        // A well-formed item goes first wherever there are items, to show it is not stored either.
        $envelope = str_replace('"batch": [{', '"batch": [' . json_encode($good) . ', {', $envelope);

        $answer = $this->deliverRaw('batch_bad', $envelope);

        $this->assertSame([422, 'invalid'], [$answer->getStatusCode(), $answer->getData(true)['code']], $answer->getContent());
        $this->assertStringContainsString('batch', $answer->getData(true)['reason']);
        $this->assertFalse(InboxEvent::query()->where('webhook_id', 'msg_e_good')->exists(), 'nothing of a refused batch is stored');
        $this->assertDatabaseHas('tiergate_rejections', ['webhook_id' => 'batch_bad', 'code' => 'invalid']);
    }

    public function testTheSignatureCoversTheWholeEnvelope(): void
    {
        $envelope = json_encode(['batch' => [['id' => 'msg_s_1', 'body' => $this->event('cus_s', 'sub_s', 1)]]]);
        $answer = $this->deliverRaw('batch_sig', $envelope, tamper: fn (string $b) => str_replace('cus_s', 'cus_t', $b));

        $this->assertSame([401, 'bad_signature'], [$answer->getStatusCode(), $answer->getData(true)['code']]);
        $this->assertFalse(InboxEvent::query()->where('webhook_id', 'msg_s_1')->exists());
    }

    public function testADatabaseOutagePartWayStoresNoneOfTheBatch(): void
    {
        $refused = new \PDOException('SQLSTATE[HY000] [2002] Connection refused');
        $refused->errorInfo = ['HY000', 2002, 'Connection refused'];
        $this->app->instance(InboxWriter::class, new class ($refused) extends InboxWriter {
            private int $calls = 0;

            public function __construct(private \Throwable $error)
            {
            }

            public function store(ContractEvent $event, string $webhookId, string $body, array $headers, string $sourceIp, CarbonImmutable $receivedAt): string
            {
                return ++$this->calls === 1 ? parent::store($event, $webhookId, $body, $headers, $sourceIp, $receivedAt) : throw $this->error;
            }
        });

        $answer = $this->deliver('batch_outage', [
            ['id' => 'msg_o_1', 'body' => $this->event('cus_o', 'sub_o', 1)],
            ['id' => 'msg_o_2', 'body' => $this->event('cus_o', 'sub_o', 2)],
        ]);

        $this->assertSame([503, 'storage_unavailable'], [$answer->getStatusCode(), $answer->getData(true)['code']]);
        $this->assertNotNull($answer->headers->get('Retry-After'));
        $this->assertFalse(InboxEvent::query()->where('webhook_id', 'msg_o_1')->exists(), 'the first item was rolled back with the batch');
        $this->assertCount(0, $this->woken);
    }

    private function event(string $customerId, string $subscriptionId, int $sequence, ?string $gameUsername = null): string
    {
        $customer = ['id' => $customerId, 'email' => "{$customerId}@example.com"] + ($gameUsername === null ? [] : ['game_username' => $gameUsername]);

        return json_encode(['type' => 'subscription.updated', 'timestamp' => '2026-11-24T06:00:00Z', 'data' => [
            'subscription' => ['id' => $subscriptionId, 'status' => 'active', 'product' => ['id' => 'frost-knight'], 'sequence' => $sequence],
            'customer' => $customer,
        ]]);
    }

    /** @param list<array{id: string, body: string}> $items */
    private function deliver(string $batchId, array $items): JsonResponse
    {
        return $this->deliverRaw($batchId, json_encode(['batch' => $items]));
    }

    private function deliverRaw(string $batchId, string $envelope, ?\Closure $tamper = null): JsonResponse
    {
        return $this->deliverSigned($batchId, $envelope, '198.51.100.8', $tamper);
    }

    private static function answers(): array
    {
        return json_decode(file_get_contents(dirname(__DIR__, 4) . '/contract/webhook-answers.json'), true, 8, JSON_THROW_ON_ERROR);
    }
}
