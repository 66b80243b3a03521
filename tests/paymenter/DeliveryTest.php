<?php

namespace Tiergate\Tests\Paymenter;

use Illuminate\Support\Carbon;
use Paymenter\Extensions\Servers\Tiergate\Tiergate;
use Paymenter\Extensions\Servers\Tiergate\Delivery\Signer;
use Paymenter\Extensions\Servers\Tiergate\Outbox\OutboxEvent;
use Paymenter\Extensions\Servers\Tiergate\Delivery\PanelEndpoint;
use Paymenter\Extensions\Servers\Tiergate\Delivery\RetrySchedule;
use Paymenter\Extensions\Servers\Tiergate\Delivery\OutboxDelivery;

class DeliveryTest extends ExtensionTestCase
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
        parent::tearDown();
    }

    public function testTheSignatureIsTheStandardWebhooksTestVector(): void
    {
        $this->assertSame('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=', Signer::sign('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'msg_p5jXN8AQM9LWM0D4loKWxJek', 1614265330, '{"test": 2432232314}'));
        $two = Signer::headers(['whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'whsec_' . base64_encode(random_bytes(32))], 'msg_1', 1, '{}');
        $this->assertCount(2, explode(' ', $two['webhook-signature']));
    }

    public function testTheRetryScheduleSpansAboutThreeDays(): void
    {
        $this->assertSame(272_105, array_sum(RetrySchedule::DELAYS)); // 75 h 35 min 5 s
        $this->assertFalse(RetrySchedule::isPermanent(408));
        $this->assertFalse(RetrySchedule::isPermanent(429));
        $this->assertFalse(RetrySchedule::isPermanent(503));
        $this->assertTrue(RetrySchedule::isPermanent(401));
    }

    public function testNothingIsLostWhileThePanelIsDownAndEverythingArrivesInOrderOnceItIsBack(): void
    {
        $service = $this->service();
        $ext = new Tiergate();
        $ext->createServer($service, [], []);
        $ext->suspendServer($service, [], []);
        $ext->unsuspendServer($service, [], []);
        $delivery = new OutboxDelivery();

        // Down: nothing listens. The first event waits for its next try; nothing behind it overtakes it.
        $this->assertSame(5, $delivery->drain($service->id));
        $first = OutboxEvent::query()->where('service_id', $service->id)->orderBy('sequence')->first();
        $this->assertSame([OutboxEvent::PENDING, 1], [$first->status, $first->attempts]);
        $this->assertNotNull($first->last_error);

        // Up, but overloaded: 503 is retried too.
        $this->receiver->start();
        $this->receiver->answer(503);
        OutboxEvent::query()->update(['next_attempt_at' => now()->subSecond()]);
        $this->assertSame(300, $delivery->drain($service->id));

        // Back: all three arrive, in sequence, signed, with their own ids.
        $this->receiver->answer(202);
        OutboxEvent::query()->update(['next_attempt_at' => now()->subSecond()]);
        $this->assertNull($delivery->drain($service->id));
        $delivered = array_values(array_filter($this->receiver->received(), fn ($r) => $r['status'] === 202));
        $this->assertSame(['subscription.created', 'subscription.suspended', 'subscription.unsuspended'], array_map(fn ($r) => json_decode($r['body'], true)['type'], $delivered));
        $this->assertSame([1, 2, 3], array_map(fn ($r) => json_decode($r['body'], true)['data']['subscription']['sequence'], $delivered));
        $headers = array_change_key_case($delivered[0]['headers']);
        $this->assertSame(Signer::sign($this->secret, $headers['webhook-id'], (int) $headers['webhook-timestamp'], $delivered[0]['body']), $headers['webhook-signature']);
        $this->assertSame(3, OutboxEvent::query()->where('status', OutboxEvent::DELIVERED)->count());
    }

    public function testARefusalThatWillNotImproveStopsRetryingAndIsVisible(): void
    {
        $service = $this->service();
        (new Tiergate())->createServer($service, [], []);
        (new Tiergate())->suspendServer($service, [], []);
        $this->receiver->start();
        $this->receiver->answer(401);

        // Built by the container, as the queued job gets it: the container must not hand it a bare Guzzle client.
        $this->assertNull(app(OutboxDelivery::class)->drain($service->id));
        $this->assertSame([OutboxEvent::FAILED, OutboxEvent::FAILED], OutboxEvent::query()->orderBy('sequence')->pluck('status')->all());
        $this->assertStringContainsString('receiver answered 401', OutboxEvent::query()->first()->last_error);

        $this->artisan('tiergate:outbox', ['action' => 'list', '--status' => 'failed'])->expectsOutputToContain('subscription.created')->assertExitCode(0);
        $this->receiver->answer(202);
        $this->artisan('tiergate:outbox', ['action' => 'retry'])->expectsOutput('Queued 2 event(s) for delivery.')->assertExitCode(0);
        $this->assertNull((new OutboxDelivery())->drain($service->id));
        $this->assertSame(2, OutboxEvent::query()->where('status', OutboxEvent::DELIVERED)->count());

        // The retry hid nothing: both tries count, and the refusal it replaced is still listed with its time.
        $first = OutboxEvent::query()->orderBy('sequence')->first();
        $this->assertSame(2, $first->attempts);
        $this->assertCount(1, $first->retries);
        $this->assertSame([1, 'failed', 401], [$first->retries[0]['attempts'], $first->retries[0]['status'], $first->retries[0]['last_status']]);
        $this->artisan('tiergate:outbox', ['action' => 'list', '--id' => [$first->id]])
            ->expectsOutputToContain("#{$first->id} retried by hand at {$first->retries[0]['at']} after 1 tries (failed, last answer 401: ")
            ->assertExitCode(0);
    }

    public function testARetriedRowGetsAFreshRoundOfTheScheduleButKeepsCountingTries(): void
    {
        $service = $this->service();
        (new Tiergate())->createServer($service, [], []);
        OutboxEvent::query()->update(['attempts' => count(RetrySchedule::DELAYS) - 1, 'round_attempts' => count(RetrySchedule::DELAYS) - 1]);
        (new OutboxDelivery())->drain($service->id);
        $this->artisan('tiergate:outbox', ['action' => 'retry'])->assertExitCode(0);

        $this->assertSame(5, (new OutboxDelivery())->drain($service->id), 'the schedule starts again after a manual retry');
        $row = OutboxEvent::query()->first();
        $this->assertSame([count(RetrySchedule::DELAYS) + 1, 1, OutboxEvent::PENDING], [$row->attempts, $row->round_attempts, $row->status]);
    }

    public function testPurgingDeliveredRowsNeverRestartsASubscriptionsSequence(): void
    {
        $service = $this->service();
        $ext = new Tiergate();
        $ext->createServer($service, [], []);
        $ext->suspendServer($service, [], []);
        $this->receiver->start();
        $this->assertNull((new OutboxDelivery())->drain($service->id));
        OutboxEvent::query()->update(['delivered_at' => now()->subDays(90)]);

        $this->artisan('tiergate:outbox', ['action' => 'purge'])->expectsOutput('Purged 1 delivered event(s).')->assertExitCode(0);
        $ext->unsuspendServer($service, [], []);
        $this->assertSame([2, 3], OutboxEvent::query()->where('service_id', $service->id)->orderBy('sequence')->pluck('sequence')->all());
    }

    public function testAnEventThatIsNotDueYetIsTriedAgainOnceItIsDueNotASecondEarly(): void
    {
        $service = $this->service();
        (new Tiergate())->createServer($service, [], []);
        // Carbon 3 (Paymenter's) measures in fractions of a second; the next try is 29.6 s away.
        Carbon::setTestNow(Carbon::parse('2026-11-30 12:00:00.400000', 'UTC'));
        OutboxEvent::query()->update(['next_attempt_at' => Carbon::parse('2026-11-30 12:00:30', 'UTC')]);
        try {
            $this->assertSame(30, (new OutboxDelivery())->drain($service->id));
        } finally {
            Carbon::setTestNow();
        }
    }

    public function testAfterTheLastScheduledTryTheRowStaysFailed(): void
    {
        $service = $this->service();
        (new Tiergate())->createServer($service, [], []);
        OutboxEvent::query()->update(['attempts' => count(RetrySchedule::DELAYS) - 1, 'round_attempts' => count(RetrySchedule::DELAYS) - 1]);
        $this->assertNull((new OutboxDelivery())->drain($service->id));
        $this->assertSame(OutboxEvent::FAILED, OutboxEvent::query()->value('status'));
    }

    public function testTestConnectionReportsThePanelsAnswer(): void
    {
        $this->receiver->start();
        $this->receiver->answer(401);
        $ext = new Tiergate(['panel_url' => $this->receiver->url(), 'secret' => $this->secret]);
        $this->assertSame('The panel answered 401: receiver answered 401', $ext->testConfig());
        $this->receiver->answer(200);
        $this->assertTrue($ext->testConfig());
    }

    public function testAPanelUrlWithoutHttpsIsRefusedUnlessItIsThisMachine(): void
    {
        $ext = new Tiergate(['panel_url' => 'http://panel.example.com', 'secret' => $this->secret]);
        $this->assertStringContainsString('must start with https://', (string) $ext->testConfig());

        $this->pointAt('http://panel.example.com', $this->secret);
        $service = $this->service();
        (new Tiergate())->createServer($service, [], []);
        (new OutboxDelivery())->drain($service->id);
        $row = OutboxEvent::query()->first();
        $this->assertSame(OutboxEvent::PENDING, $row->status);
        $this->assertStringContainsString('must start with https://', $row->last_error);

        foreach (['https://panel.example.com', 'http://127.0.0.1:8080', 'http://localhost', 'http://[::1]:8080'] as $url) {
            $this->assertNull(PanelEndpoint::fromConfig(['panel_url' => $url])->insecureReason(), $url);
        }
    }
}
