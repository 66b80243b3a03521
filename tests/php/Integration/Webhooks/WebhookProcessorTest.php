<?php

namespace Tiergate\Tests\Integration\Webhooks;

use Illuminate\Http\Request;
use Illuminate\Http\JsonResponse;
use Tiergate\Tests\IntegrationTestCase;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\InboxEvent;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Settings\Settings;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\Trigger;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Webhooks\WebhookProcessor;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Inbox\InboxWriter;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\SubscriberWaker;

/**
 * One delivery through WebhookProcessor, from request to answer, against panel_test: what is stored, what is
 * woken, what the sender is told. Every answer must be one contract/webhook-answers.json lists.
 */
class WebhookProcessorTest extends IntegrationTestCase
{
    use SignedDeliveries;

    public function testANewEventIsStoredBeforeTheAnswerAndItsSubscriberWokenOnce(): void
    {
        $body = $this->event('subscription.created');

        $first = $this->deliver('msg_proc_1', $body);
        $this->assertAnswer(202, ['status' => 'stored', 'event_id' => 'msg_proc_1'], $first);
        $this->assertSame($body, InboxEvent::query()->where('webhook_id', 'msg_proc_1')->sole()->body);

        $again = $this->deliver('msg_proc_1', $body);
        $this->assertAnswer(200, ['status' => 'duplicate', 'event_id' => 'msg_proc_1'], $again);
        $this->assertCount(1, $this->woken, 'a duplicate wakes nobody');
        $this->assertSame('cus_proc', $this->woken[0][0]);
    }

    public function testTheSameIdWithOtherBytesIsRefusedAndLogged(): void
    {
        $this->deliver('msg_proc_2', $this->event('subscription.created'));

        $other = $this->deliver('msg_proc_2', $this->event('subscription.suspended', 'suspended'));

        $this->assertRefusal(409, 'id_reused', $other);
        $this->assertSame('subscription.created', InboxEvent::query()->where('webhook_id', 'msg_proc_2')->sole()->type);
        $this->assertDatabaseHas('tiergate_rejections', ['webhook_id' => 'msg_proc_2', 'code' => 'id_reused', 'status' => 409]);
    }

    public function testAPingIsAnsweredAndNotStored(): void
    {
        $ping = json_encode(['type' => 'ping', 'timestamp' => now()->toIso8601ZuluString(), 'data' => new \stdClass()]);
        $answer = $this->deliver('msg_proc_ping', $ping);

        $this->assertAnswer(200, ['status' => 'pong'], $answer);
        $this->assertFalse(InboxEvent::query()->where('webhook_id', 'msg_proc_ping')->exists());
        $this->assertNotNull(app(Settings::class)->get(Settings::LAST_CONTACT_AT));
        $this->assertCount(0, $this->woken);
    }

    public function testWithoutASecretTheSenderIsToldToRetryLater(): void
    {
        app(Settings::class)->set(Settings::WEBHOOK_SECRET, null);

        $answer = $this->deliver('msg_proc_3', $this->event('subscription.created'));

        $this->assertRefusal(503, 'not_configured', $answer);
        $this->assertNotNull($answer->headers->get('Retry-After'));
        $this->assertFalse(InboxEvent::query()->where('webhook_id', 'msg_proc_3')->exists());
    }

    public function testADatabaseOutageWhileStoringAsksForARetryAndAnyOtherErrorIsA422(): void
    {
        $refused = new \PDOException('SQLSTATE[HY000] [2002] Connection refused');
        $refused->errorInfo = ['HY000', 2002, 'Connection refused'];
        $this->app->instance(InboxWriter::class, $this->failingInbox($refused));
        $this->assertRefusal(503, 'storage_unavailable', $this->deliver('msg_proc_4', $this->event('subscription.created')));

        $this->app->instance(InboxWriter::class, $this->failingInbox(new \LogicException('a bug')));
        $answer = $this->deliver('msg_proc_5', $this->event('subscription.created'));
        $this->assertRefusal(422, 'internal_error', $answer);
        $this->assertMatchesRegularExpression('/tiergate-[0-9a-f]{8}/', $answer->getData(true)['reason']);
        $this->assertCount(0, $this->woken);
    }

    public function testOnceStoredAFailingWakeStillGetsThe2xx(): void
    {
        $this->app->instance(SubscriberWaker::class, new class () extends SubscriberWaker {
            public function __construct()
            {
            }

            public function wake(string $customerId, Trigger $trigger): void
            {
                throw new \RuntimeException('the queue is down');
            }
        });

        $answer = $this->deliver('msg_proc_6', $this->event('subscription.created'));
        $this->assertAnswer(202, ['status' => 'stored', 'event_id' => 'msg_proc_6'], $answer);
    }

    public function testPastTheRateLimitTheSenderIsToldWhenToComeBack(): void
    {
        app(Settings::class)->set(Settings::RATE_LIMIT_PER_MINUTE, 2);
        $this->deliver('msg_proc_7', $this->event('subscription.created'));
        $this->deliver('msg_proc_8', $this->event('subscription.updated'));

        $answer = $this->deliver('msg_proc_9', $this->event('subscription.updated'));

        $this->assertRefusal(429, 'rate_limited', $answer);
        $this->assertGreaterThan(0, (int) $answer->headers->get('Retry-After'));
        $this->assertFalse(InboxEvent::query()->where('webhook_id', 'msg_proc_9')->exists());
    }

    private function event(string $type, string $status = 'active'): string
    {
        return json_encode(['type' => $type, 'timestamp' => '2026-11-24T06:00:00Z', 'data' => [
            'subscription' => ['id' => 'sub_proc', 'status' => $status, 'product' => ['id' => 'frost-knight']],
            'customer' => ['id' => 'cus_proc', 'email' => 'proc@example.com'],
        ]]);
    }

    private function deliver(string $id, string $body): JsonResponse
    {
        return $this->deliverSigned($id, $body, '198.51.100.7');
    }

    private function failingInbox(\Throwable $error): InboxWriter
    {
        return new class ($error) extends InboxWriter {
            public function __construct(private \Throwable $error)
            {
            }

            public function store(...$args): string
            {
                throw $this->error;
            }
        };
    }

    private function assertAnswer(int $status, array $body, JsonResponse $answer): void
    {
        $this->assertSame([$status, $body], [$answer->getStatusCode(), $answer->getData(true)]);
        $this->assertSame(self::answers()['accepted'][$body['status']], $status, 'the answer is the one contract/webhook-answers.json lists');
    }

    private function assertRefusal(int $status, string $code, JsonResponse $answer): void
    {
        $body = $answer->getData(true);
        $this->assertSame([$status, 'rejected', $code], [$answer->getStatusCode(), $body['status'], $body['code']]);
        $this->assertSame(self::answers()['rejected'][$code], $status, 'the answer is the one contract/webhook-answers.json lists');
    }

    private static function answers(): array
    {
        return json_decode(file_get_contents(dirname(__DIR__, 4) . '/contract/webhook-answers.json'), true, 8, JSON_THROW_ON_ERROR);
    }
}
