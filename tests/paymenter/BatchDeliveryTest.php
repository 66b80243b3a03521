<?php

namespace Tiergate\Tests\Paymenter;

use App\Models\Server;
use App\Models\Product;
use App\Models\Service;
use Illuminate\Support\Facades\Cache;
use Illuminate\Support\Facades\Queue;
use PHPUnit\Framework\Attributes\DataProvider;
use Paymenter\Extensions\Servers\Tiergate\Tiergate;
use Paymenter\Extensions\Servers\Tiergate\Delivery\Signer;
use Paymenter\Extensions\Servers\Tiergate\Outbox\OutboxEvent;
use Paymenter\Extensions\Servers\Tiergate\Delivery\OutboxBatch;
use Paymenter\Extensions\Servers\Tiergate\Delivery\OutboxDrain;
use Paymenter\Extensions\Servers\Tiergate\Delivery\DeliverOutboxEvent;

/**
 * A backlog (the renewal cron's burst, the queue after an outage) goes to the panel in batch envelopes: one signed
 * request carries many events, each still stored and answered as its own delivery would be.
 */
class BatchDeliveryTest extends ExtensionTestCase
{
    use SendsToAReceiver;

    protected function setUp(): void
    {
        parent::setUp();
        $this->startReceiver();
    }

    protected function tearDown(): void
    {
        $this->receiver->stop();
        Cache::lock(OutboxDrain::LOCK)->forceRelease();
        parent::tearDown();
    }

    public function testABacklogAcrossServicesGoesOutAsOneSignedBatchWithEachServicesEventsInOrder(): void
    {
        [$a, $b, $c] = [$this->service(), $this->service(), $this->service()];
        $ext = new Tiergate();
        $ext->createServer($a, [], []);
        $ext->createServer($b, [], []);
        $ext->suspendServer($a, [], []);
        $ext->createServer($c, [], []);
        $ext->suspendServer($b, [], []);
        $ext->unsuspendServer($a, [], []);
        $this->receiver->start();

        $this->deliver($this->row($a, 1));

        $this->assertCount(1, $this->receiver->received(), 'one request for the whole backlog');
        [$request] = $this->receiver->received();
        $headers = array_change_key_case($request['headers']);
        $this->assertStringStartsWith('batch_', $headers['webhook-id']);
        $this->assertSame('application/json', $headers['content-type']);
        $this->assertSame(Signer::sign($this->secret, $headers['webhook-id'], (int) $headers['webhook-timestamp'], $request['body']), $headers['webhook-signature']);

        $items = json_decode($request['body'], true)['batch'];
        $rows = OutboxEvent::query()->get()->keyBy('webhook_id');
        $this->assertCount(6, $items);
        foreach ($items as $item) {
            $this->assertSame(['id', 'body'], array_keys($item));
            $this->assertSame($rows[$item['id']]->body, $item['body'], 'each item is the exact body its own delivery would carry');
        }
        foreach ([$a, $b, $c] as $service) {
            $sequences = array_map(fn ($item) => $rows[$item['id']]->sequence, array_values(array_filter($items, fn ($item) => $rows[$item['id']]->service_id === $service->id)));
            $this->assertSame(range(1, count($sequences)), $sequences);
        }
        $this->assertSame([6, [202]], [OutboxEvent::query()->where('status', OutboxEvent::DELIVERED)->count(), OutboxEvent::query()->distinct()->pluck('last_status')->all()]);

        // The other events' jobs find their rows delivered and send nothing.
        foreach (OutboxEvent::query()->pluck('id') as $id) {
            $this->deliver($id);
        }
        $this->assertCount(1, $this->receiver->received());
        Queue::assertPushed(DeliverOutboxEvent::class, 6); // the outbox's own, one per event: nothing is re-queued
    }

    public function testALoneReadyEventStillGoesAsASingleDelivery(): void
    {
        [$a, $b] = [$this->service(), $this->service()];
        $ext = new Tiergate();
        $ext->createServer($a, [], []);
        $ext->createServer($b, [], []);
        $ext->suspendServer($b, [], []);
        OutboxEvent::query()->where('service_id', $b->id)->update(['attempts' => 1, 'round_attempts' => 1, 'next_attempt_at' => now()->addSeconds(5)]);
        $this->receiver->start();

        $this->deliver($this->row($a, 1));

        $this->assertSame([[$this->row($a, 1)->webhook_id]], $this->receiver->deliveredIds());
        $this->assertSame($this->row($a, 1)->body, $this->receiver->received()[0]['body']);
        $this->assertSame(OutboxEvent::DELIVERED, $this->row($a, 1)->status);
    }

    public function testEachItemIsJudgedAsItsOwnDeliveryWouldHaveBeen(): void
    {
        $services = [];
        foreach (['stored', 'duplicate', 'pong', 'invalid', 'id_reused', 'storage_unavailable'] as $outcome) {
            $services[$outcome] = $this->service();
            (new Tiergate())->createServer($services[$outcome], [], []);
        }
        $this->receiver->answerItem($this->row($services['duplicate'], 1)->webhook_id, ['status' => 'duplicate']);
        $this->receiver->answerItem($this->row($services['pong'], 1)->webhook_id, ['status' => 'pong']);
        foreach (['invalid' => 422, 'id_reused' => 409, 'storage_unavailable' => 503] as $code => $status) {
            $this->receiver->answerItem($this->row($services[$code], 1)->webhook_id, ['status' => 'rejected', 'http_status' => $status, 'code' => $code, 'reason' => "item answered {$status}"]);
        }
        $this->receiver->start();

        $this->deliver($this->row($services['stored'], 1));

        $this->assertCount(1, $this->receiver->received());
        $outcome = fn (string $name) => [$this->row($services[$name], 1)->status, $this->row($services[$name], 1)->last_status, $this->row($services[$name], 1)->attempts];
        $this->assertSame([OutboxEvent::DELIVERED, 202, 1], $outcome('stored'));
        $this->assertSame([OutboxEvent::DELIVERED, 200, 1], $outcome('duplicate'));
        $this->assertSame([OutboxEvent::DELIVERED, 200, 1], $outcome('pong'));
        $this->assertSame([OutboxEvent::FAILED, 422, 1], $outcome('invalid'));
        $this->assertStringContainsString('item answered 422', (string) $this->row($services['invalid'], 1)->last_error);
        $this->assertSame([OutboxEvent::FAILED, 409, 1], $outcome('id_reused'));
        $this->assertSame([OutboxEvent::PENDING, 503, 1], $outcome('storage_unavailable'));

        // The item the panel could not store yet is tried again on the schedule, and then goes through.
        $waiting = $this->row($services['storage_unavailable'], 1);
        $this->assertEqualsWithDelta(now()->addSeconds(5)->timestamp, $waiting->next_attempt_at->timestamp, 1);
        $this->receiver->answerItem($waiting->webhook_id, ['status' => 'stored']);
        OutboxEvent::query()->whereKey($waiting->id)->update(['next_attempt_at' => now()->subSecond()]);
        $this->deliver($waiting);
        $this->assertSame([OutboxEvent::DELIVERED, 202, 2], $outcome('storage_unavailable'));
    }

    public static function refusals(): array
    {
        return [
            'the panel cannot reach its database' => [503, OutboxEvent::PENDING],
            'nginx: the php-fpm pool is full' => [502, OutboxEvent::PENDING],
            'rate limited' => [429, OutboxEvent::PENDING],
            'no answer at all' => [null, OutboxEvent::PENDING],
            'a bad signature (wrong secret)' => [401, OutboxEvent::FAILED],
        ];
    }

    #[DataProvider('refusals')]
    public function testARefusedEnvelopeCountsAsThatAnswerForEveryEventInIt(?int $status, string $after): void
    {
        [$a, $b] = $this->twoServicesWithTwoEventsEach();
        if ($status !== null) {
            $this->receiver->start();
            $this->receiver->answer($status);
        }

        $this->deliver($this->row($a, 1));

        $this->assertCount($status === null ? 0 : 1, $this->receiver->received(), 'one envelope, not a try per event');
        foreach (OutboxEvent::query()->get() as $row) {
            $this->assertSame([$after, 1, $status], [$row->status, $row->attempts, $row->last_status], "sequence {$row->sequence} of service {$row->service_id}");
            $this->assertNotNull($row->last_error);
        }
        if ($after === OutboxEvent::FAILED) {
            return;
        }
        // Its job comes back when the rows are due (the column keeps whole seconds, so 4 s to 5 s from now).
        Queue::assertPushed(DeliverOutboxEvent::class, fn (DeliverOutboxEvent $job) => $job->outboxId === $this->row($a, 1)->id && in_array($job->delay, [4, 5], true));

        // A later drain sends them again, still in order.
        $this->receiver->stop();
        $this->receiver->start();
        $this->receiver->answer(202);
        OutboxEvent::query()->update(['next_attempt_at' => now()->subSecond()]);
        $this->deliver($this->row($b, 2));
        $ids = fn (Service $service) => OutboxEvent::query()->where('service_id', $service->id)->orderBy('sequence')->pluck('webhook_id')->all();
        $this->assertSame([[...$ids($a), ...$ids($b)]], array_slice($this->receiver->deliveredIds(), $status === null ? 0 : 1));
        $this->assertSame(4, OutboxEvent::query()->where('status', OutboxEvent::DELIVERED)->where('attempts', 2)->count());
    }

    public static function garbledAnswers(): array
    {
        return [
            'not JSON' => ['<html>Bad Gateway</html>'],
            'a single delivery\'s answer' => ['{"status":"stored","event_id":"msg_1"}'],
            'too few results' => ['{"status":"batch","results":[]}'],
            'results in another order' => ['REVERSED'],
            'a result without its id' => ['NO_ID'],
            'a refusal without its status' => ['NO_HTTP_STATUS'],
            'a refusal with a success status' => ['HTTP_STATUS_202'],
        ];
    }

    #[DataProvider('garbledAnswers')]
    public function testAnAnswerThatIsNotOneResultPerEventSentDeliversNothing(string $answer): void
    {
        [$a, $b] = $this->twoServicesWithTwoEventsEach();
        $ids = OutboxEvent::query()->where('service_id', $a->id)->orderBy('sequence')->pluck('webhook_id')->merge(OutboxEvent::query()->where('service_id', $b->id)->orderBy('sequence')->pluck('webhook_id'))->all();
        $stored = array_map(fn ($id) => ['id' => $id, 'status' => 'stored'], $ids);
        $answer = match ($answer) {
            'REVERSED' => json_encode(['status' => 'batch', 'results' => array_reverse($stored)]),
            'NO_ID' => json_encode(['status' => 'batch', 'results' => [...array_slice($stored, 0, 3), ['status' => 'stored']]]),
            'NO_HTTP_STATUS' => json_encode(['status' => 'batch', 'results' => [...array_slice($stored, 0, 3), ['id' => $ids[3], 'status' => 'rejected', 'code' => 'invalid']]]),
            'HTTP_STATUS_202' => json_encode(['status' => 'batch', 'results' => [...array_slice($stored, 0, 3), ['id' => $ids[3], 'status' => 'rejected', 'http_status' => 202]]]),
            default => $answer,
        };
        $this->receiver->answerBatchesWithBody($answer);
        $this->receiver->start();

        $this->deliver($this->row($a, 1));

        $this->assertCount(1, $this->receiver->received());
        $this->assertSame(0, OutboxEvent::query()->where('status', '!=', OutboxEvent::PENDING)->count(), 'nothing counts as delivered');
        $this->assertSame(4, OutboxEvent::query()->where(['attempts' => 1, 'last_status' => 200])->where('next_attempt_at', '>', now())->count());
        $this->assertStringContainsString('not one result per event sent', (string) $this->row($a, 1)->last_error);
    }

    public function testAServiceWhoseFirstEventWaitsSendsNoneOfItsEvents(): void
    {
        [$a, $b] = $this->twoServicesWithTwoEventsEach();
        (new Tiergate())->terminateServer($a, [], []);
        OutboxEvent::query()->whereKey($this->row($a, 1)->id)->update(['attempts' => 2, 'round_attempts' => 2, 'next_attempt_at' => now()->addMinutes(5)]);
        $this->receiver->start();

        $this->deliver($this->row($b, 1));

        $this->assertSame([[$this->row($b, 1)->webhook_id, $this->row($b, 2)->webhook_id]], $this->receiver->deliveredIds());
        $this->assertSame([OutboxEvent::PENDING, OutboxEvent::PENDING, OutboxEvent::PENDING], OutboxEvent::query()->where('service_id', $a->id)->orderBy('sequence')->pluck('status')->all());
        $this->assertSame([2, 0, 0], OutboxEvent::query()->where('service_id', $a->id)->orderBy('sequence')->pluck('attempts')->all());
    }

    public function testABacklogLargerThanABatchGoesInSeveralAndAServiceThatStalledIsNotOvertaken(): void
    {
        // 49 services with one event, then one with two, so its second event would open the second batch.
        for ($i = 0; $i < 49; ++$i) {
            (new Tiergate())->createServer($this->service(), [], []);
        }
        $stalled = $this->service();
        (new Tiergate())->createServer($stalled, [], []);
        (new Tiergate())->suspendServer($stalled, [], []);
        for ($i = 0; $i < 5; ++$i) {
            (new Tiergate())->createServer($this->service(), [], []);
        }
        $this->receiver->answerItem($this->row($stalled, 1)->webhook_id, ['status' => 'rejected', 'http_status' => 503, 'code' => 'storage_unavailable', 'reason' => 'item answered 503']);
        $this->receiver->start();

        $this->deliver(OutboxEvent::query()->min('id'));

        $batches = $this->receiver->deliveredIds();
        $this->assertSame([OutboxBatch::MAX_ITEMS, 5], array_map('count', $batches));
        $this->assertSame($this->row($stalled, 1)->webhook_id, $batches[0][49]);
        $this->assertNotContains($this->row($stalled, 2)->webhook_id, $batches[1], 'the second event waits for the first');
        $this->assertSame([0, OutboxEvent::PENDING], [$this->row($stalled, 2)->attempts, $this->row($stalled, 2)->status]);
        $this->assertSame(54, OutboxEvent::query()->where('status', OutboxEvent::DELIVERED)->count());
    }

    public function testABatchStaysUnderThePanelsSizeLimitAndCarriesEachBodyByteForByte(): void
    {
        $body = fn (int $i) => json_encode(['type' => 'payment.succeeded', 'note' => "Škoda/\u{1F3AE} \"{$i}\"", 'pad' => str_repeat('x', 40_000)], JSON_UNESCAPED_UNICODE);
        $events = array_map(fn (int $i) => (new OutboxEvent())->forceFill(['webhook_id' => "msg_{$i}", 'body' => $body($i)]), range(1, 20));

        $batch = OutboxBatch::first($events);

        $this->assertCount(6, $batch->events);
        $this->assertLessThanOrEqual(OutboxBatch::MAX_BYTES, strlen($batch->body));
        $this->assertSame(array_map(fn (int $i) => ['id' => "msg_{$i}", 'body' => $body($i)], range(1, 6)), json_decode($batch->body, true)['batch']);
        $this->assertCount(1, OutboxBatch::first([(new OutboxEvent())->forceFill(['webhook_id' => 'msg_huge', 'body' => str_repeat('y', OutboxBatch::MAX_BYTES)])])->events, 'an event too large for any batch still goes');
    }

    public function testAPanelThatCannotReadBatchesGetsTheEventsOneByOne(): void
    {
        [$a, $b] = $this->twoServicesWithTwoEventsEach();
        $this->receiver->answerBatches(422);
        $this->receiver->start();

        $this->deliver($this->row($a, 1));

        $ids = $this->receiver->deliveredIds();
        $this->assertCount(4, $ids[0], 'the batch was tried first');
        $this->assertSame([$this->row($a, 1)->webhook_id, $this->row($a, 2)->webhook_id, $this->row($b, 1)->webhook_id, $this->row($b, 2)->webhook_id], array_merge(...array_slice($ids, 1)));
        $this->assertSame(4, OutboxEvent::query()->where(['status' => OutboxEvent::DELIVERED, 'attempts' => 1, 'last_status' => 202])->count());
    }

    public function testAServiceWhosePanelCannotBeSentToGetsAFailedTryAndTheRestStillGoes(): void
    {
        $unconfigured = Product::query()->create(['name' => 'No secret', 'slug' => 'no-secret', 'server_id' => Server::query()->create(['name' => 'Bare', 'extension' => 'Tiergate', 'type' => 'server'])->id]);
        $plainHttp = Product::query()->create(['name' => 'Plain http', 'slug' => 'plain-http', 'server_id' => $this->tiergateServer('http://panel.example.com', $this->secret)->id]);
        [$a, $b] = [$this->service('active', 'recurring', $unconfigured), $this->service('active', 'recurring', $plainHttp)];
        [$c] = $this->twoServicesWithTwoEventsEach();
        foreach ([$a, $b] as $service) {
            (new Tiergate())->createServer($service, [], []);
            (new Tiergate())->suspendServer($service, [], []);
        }
        $this->receiver->start();

        $this->deliver($this->row($c, 1));

        $this->assertCount(1, $this->receiver->received());
        $this->assertSame(4, OutboxEvent::query()->where('status', OutboxEvent::DELIVERED)->count());
        $this->assertSame([OutboxEvent::PENDING, 1, 'The Tiergate server in Paymenter has no panel URL or secret configured.'], [$this->row($a, 1)->status, $this->row($a, 1)->attempts, $this->row($a, 1)->last_error]);
        $this->assertSame([OutboxEvent::PENDING, 1], [$this->row($b, 1)->status, $this->row($b, 1)->attempts]);
        $this->assertStringContainsString('must start with https://', (string) $this->row($b, 1)->last_error);
        $this->assertSame([0, 0], [$this->row($a, 2)->attempts, $this->row($b, 2)->attempts]);
    }

    public function testWhileAnotherDrainRunsAJobSendsNothingAndComesBackShortly(): void
    {
        [$a] = $this->twoServicesWithTwoEventsEach();
        $this->receiver->start();
        $other = Cache::lock(OutboxDrain::LOCK, OutboxDrain::LOCK_SECONDS);
        $this->assertTrue($other->get());

        $this->deliver($this->row($a, 1));

        $this->assertSame([], $this->receiver->received());
        $this->assertSame(4, OutboxEvent::query()->where(['status' => OutboxEvent::PENDING, 'attempts' => 0])->count());
        Queue::assertPushed(DeliverOutboxEvent::class, fn (DeliverOutboxEvent $job) => $job->outboxId === $this->row($a, 1)->id && $job->delay === OutboxDrain::BUSY_RETRY_SECONDS);

        $other->release();
        $this->deliver($this->row($a, 1));
        $this->assertCount(1, $this->receiver->received());
        $this->assertSame(4, OutboxEvent::query()->where('status', OutboxEvent::DELIVERED)->count());
    }

    public function testTwoWorkersDrainingAtOnceNeverSendAnEventTwice(): void
    {
        [$a] = $this->twoServicesWithTwoEventsEach();
        $this->receiver->answerAfter(1500);
        $this->receiver->start();
        $cache = "{$this->receiver->dir}/cache";
        mkdir($cache);

        // Two jobs of one service on two workers: the second starts while the first waits for the panel's answer.
        $first = $this->worker($this->row($a, 1)->id, $cache);
        usleep(700_000);
        $second = $this->worker($this->row($a, 2)->id, $cache);
        foreach ([$first, $second] as [$process, $pipes]) {
            $errors = stream_get_contents($pipes[2]);
            $this->assertSame(0, proc_close($process), $errors);
        }

        $sent = array_merge(...$this->receiver->deliveredIds());
        $this->assertCount(4, $sent);
        $this->assertSame($sent, array_unique($sent), 'no event went out twice');
        $this->assertSame(4, OutboxEvent::query()->where('status', OutboxEvent::DELIVERED)->count());
    }

    /** @return array{0: resource, 1: array<int, resource>} */
    private function worker(int $outboxId, string $cacheDir): array
    {
        $process = proc_open(['php', __DIR__ . '/run-job-in-another-worker.php', (string) $outboxId, $cacheDir], [['pipe', 'r'], ['file', '/dev/null', 'w'], ['pipe', 'w']], $pipes);
        $this->assertIsResource($process);

        return [$process, $pipes];
    }

    /** @return array{0: Service, 1: Service} */
    private function twoServicesWithTwoEventsEach(): array
    {
        [$a, $b] = [$this->service(), $this->service()];
        $ext = new Tiergate();
        $ext->createServer($a, [], []);
        $ext->createServer($b, [], []);
        $ext->suspendServer($b, [], []);
        $ext->suspendServer($a, [], []);

        return [$a, $b];
    }

    private function row(Service $service, int $sequence): OutboxEvent
    {
        return OutboxEvent::query()->where(['service_id' => $service->id, 'sequence' => $sequence])->firstOrFail();
    }

    /** Runs the queued job for a row, as a queue worker would (its dependencies from the container). */
    private function deliver(OutboxEvent|int $row): void
    {
        app()->call([new DeliverOutboxEvent($row instanceof OutboxEvent ? $row->id : $row), 'handle']);
    }
}
