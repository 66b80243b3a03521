<?php

namespace Tiergate\Tests\Integration\Services\Notifications;

use Carbon\Carbon;
use Carbon\CarbonImmutable;
use Tiergate\Tests\IntegrationTestCase;
use Tiergate\Tests\Integration\FakesTheOutside;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\OutboundNotification;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Notifications\NotificationSender;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Notifications\NotificationDelivery;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Notifications\NotificationRetryService;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Notifications\NotificationRetrySchedule;

/** The outbox drains in order per subscriber and destination, backs off, and gives up visibly. */
class NotificationDeliveryTest extends IntegrationTestCase
{
    use FakesTheOutside;
    use NotificationFixtures;

    private const BOT = 'http://127.0.0.1:9/discord-bot';
    private const N8N = 'http://127.0.0.1:9/n8n';

    private RecordingSender $sender;

    protected function setUp(): void
    {
        parent::setUp();
        $this->fakeTheOutside();
        $this->sender = new RecordingSender();
        $this->app->instance(NotificationSender::class, $this->sender);
        Carbon::setTestNow(CarbonImmutable::parse('2026-11-30 12:00:00'));
    }

    protected function tearDown(): void
    {
        Carbon::setTestNow();
        CarbonImmutable::setTestNow();
        parent::tearDown();
    }

    private function at(string $time): void
    {
        Carbon::setTestNow(CarbonImmutable::parse($time));
        CarbonImmutable::setTestNow(CarbonImmutable::parse($time));
    }

    private function deliver(): ?CarbonImmutable
    {
        return app(NotificationDelivery::class)->run();
    }

    /** Three changes for cus_d1 (active, grace, active) and one for cus_d2. */
    private function historyFor(string ...$urls): void
    {
        $this->at('2026-11-30 12:00:00');
        $this->notifyTo(...$urls);
        $this->store('cus_d1', 'subscription.created', 'frost-knight', 1);
        $this->reconcile('cus_d1');
        $this->store('cus_d1', 'payment.failed', 'frost-knight', 2);
        $this->reconcile('cus_d1');
        $this->store('cus_d1', 'payment.succeeded', 'frost-knight', 3);
        $this->reconcile('cus_d1');
        $this->store('cus_d2', 'subscription.created', 'frost-master', 1);
        $this->reconcile('cus_d2');
    }

    public function testEverySubscribersMessagesGoOutInTheOrderTheyWereWritten(): void
    {
        $this->historyFor(self::BOT);
        $this->assertNull($this->deliver());

        $this->assertSame(['cus_d1:active', 'cus_d1:grace', 'cus_d1:active', 'cus_d2:active'], $this->sender->seenBy(self::BOT));
        $this->assertSame(4, OutboundNotification::query()->where('status', OutboundNotification::SENT)->where('attempts', 1)->count());
    }

    public function testAReceiverThatIsDownIsTriedOncePerRunAndLaterGetsEverythingInOrder(): void
    {
        $this->historyFor(self::BOT, self::N8N);
        $this->sender->up[self::BOT] = false;

        $this->deliver();
        $this->assertSame(['cus_d1:active'], $this->sender->seenBy(self::BOT), 'one failed try per run, not one per subscriber');
        $this->assertSame(['cus_d1:active', 'cus_d1:grace', 'cus_d1:active', 'cus_d2:active'], $this->sender->seenBy(self::N8N), 'the other receiver is not held up');

        $head = OutboundNotification::query()->where('destination', self::BOT)->orderBy('id')->first();
        $this->assertSame([OutboundNotification::PENDING, 1, 503], [$head->status, $head->attempts, $head->last_status]);
        $this->assertEquals(CarbonImmutable::parse('2026-11-30 12:00:05'), $head->next_attempt_at, 'the first retry is due after 5 s');
        $this->assertStringContainsString('503', $head->last_error);

        $this->at('2026-11-30 12:00:03');
        $this->deliver();
        $this->assertSame(['cus_d1:active', 'cus_d2:active'], $this->sender->seenBy(self::BOT), 'cus_d1 waits out its backoff, cus_d2 gets its first try');

        $this->sender->up[self::BOT] = true;
        $this->at('2026-11-30 12:00:06');
        $this->assertEquals(CarbonImmutable::parse('2026-11-30 12:00:08'), $this->deliver(), 'cus_d2 is due again at 3 s + 5 s');
        $this->assertSame(['cus_d1:active', 'cus_d2:active', 'cus_d1:active', 'cus_d1:grace', 'cus_d1:active'], $this->sender->seenBy(self::BOT));

        $this->at('2026-11-30 12:00:08');
        $this->assertNull($this->deliver());
        $this->assertSame('cus_d2:active', $this->sender->seenBy(self::BOT)[5]);
        $this->assertSame(0, OutboundNotification::query()->where('status', '!=', OutboundNotification::SENT)->count());
    }

    public function testTheBackoffFollowsTheScheduleAndTheTenthFailureIsDeadThenTheNextMessageGoes(): void
    {
        $this->historyFor(self::BOT);
        $this->sender->up[self::BOT] = false;
        $now = CarbonImmutable::parse('2026-11-30 12:00:00');
        $head = OutboundNotification::query()->orderBy('id')->first();

        for ($attempt = 1; $attempt <= NotificationRetrySchedule::MAX_ATTEMPTS; ++$attempt) {
            $this->at($now->toDateTimeString());
            $this->deliver();
            $head->refresh();
            $this->assertSame($attempt, $head->attempts);
            if ($attempt < NotificationRetrySchedule::MAX_ATTEMPTS) {
                $this->assertSame(OutboundNotification::PENDING, $head->status);
                $this->assertEquals($now->addSeconds(NotificationRetrySchedule::DELAYS[$attempt]), $head->next_attempt_at);
                $now = $head->next_attempt_at;
            }
        }
        $this->assertSame(OutboundNotification::DEAD, $head->status);
        $this->assertSame(['cus_d1:active'], array_unique($this->sender->seenBy(self::BOT)), 'nothing behind it overtook it');

        $this->sender->up[self::BOT] = true;
        $this->deliver();
        $this->assertSame(['cus_d1:grace', 'cus_d1:active', 'cus_d2:active'], array_slice($this->sender->seenBy(self::BOT), NotificationRetrySchedule::MAX_ATTEMPTS));

        $this->assertSame(1, app(NotificationRetryService::class)->handle());
        $this->deliver();
        $head->refresh();
        $this->assertSame([OutboundNotification::SENT, 1], [$head->status, $head->attempts]);
    }

    public function testSentMessagesAreDeletedAfterThirtyDaysButDeadOnesStay(): void
    {
        $this->historyFor(self::BOT);
        $this->deliver();
        OutboundNotification::query()->orderBy('id')->limit(1)->update(['status' => OutboundNotification::DEAD]);

        $this->at('2026-12-30 11:59:00');
        $this->deliver();
        $this->assertSame(4, OutboundNotification::query()->count(), 'not before 30 days');

        $this->at('2026-12-30 12:01:00');
        $this->deliver();
        $this->assertSame([OutboundNotification::DEAD], OutboundNotification::query()->pluck('status')->all());
    }

    public function testMessagesForARemovedUrlAreCancelledNotSent(): void
    {
        $this->historyFor(self::BOT, self::N8N);
        $this->notifyTo(self::N8N);
        $this->deliver();

        $this->assertSame([], $this->sender->seenBy(self::BOT));
        $this->assertSame(4, OutboundNotification::query()->where('destination', self::BOT)->where('status', OutboundNotification::CANCELLED)->count());
        $this->assertCount(4, $this->sender->seenBy(self::N8N));
    }
}
