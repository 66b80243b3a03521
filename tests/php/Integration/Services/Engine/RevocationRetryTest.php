<?php

namespace Tiergate\Tests\Integration\Services\Engine;

use Carbon\CarbonImmutable;
use Pterodactyl\Models\User;
use Illuminate\Support\Carbon;
use Pterodactyl\Models\Server;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Http;
use Illuminate\Support\Facades\Queue;
use Illuminate\Support\Facades\Artisan;
use Tiergate\Tests\IntegrationTestCase;
use Illuminate\Support\Facades\Notification;
use Tiergate\Tests\Integration\StoresEvents;
use Tiergate\Tests\Integration\CountsRowsRead;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Grant;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\LogEntry;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Settings\Settings;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Subscription;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\Trigger;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Jobs\ReconcileSubscriber;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Jobs\RetryPendingWingsCalls;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\ReconcileResult;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel\TokenRevocationService;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\SubscriberReconciliationService;

/**
 * Against the running Wings double (no fake): a revocation Wings refused is retried by tiergate:tick on its own
 * backoff, with no new event and no reconcile, and one pending for over an hour needs attention.
 */
class RevocationRetryTest extends IntegrationTestCase
{
    use StoresEvents;
    use CountsRowsRead;

    private const CUSTOMER = 'cus_retry';
    private const EMAIL = 'retry@example.com';

    protected function setUp(): void
    {
        parent::setUp();
        Notification::fake();
        Queue::fake();
        $this->importDemoTiers();
        $this->wings('post', '__double/down', ['down' => false]);
    }

    protected function tearDown(): void
    {
        $this->wings('post', '__double/down', ['down' => false]);
        CarbonImmutable::setTestNow();
        parent::tearDown();
    }

    private function wings(string $method, string $path, array $body = []): array
    {
        $url = 'http://127.0.0.1:' . (getenv('WINGS_DOUBLE_PORT') ?: 8081) . '/' . $path;

        return Http::timeout(5)->{$method}($url, $body)->throw()->json() ?? [];
    }

    private function later(int $minutes): void
    {
        $this->travel($minutes)->minutes();
        CarbonImmutable::setTestNow(Carbon::now()->toImmutable());
        // Only the revocation retry is under test: the full reconcile is not due.
        app(Settings::class)->set(Settings::LAST_FULL_RECONCILE_AT, CarbonImmutable::now()->toIso8601String());
    }

    /** Runs tiergate:tick and then what it queued for the revocation retry; returns how many it queued. */
    private function tick(): int
    {
        $ours = fn (RetryPendingWingsCalls $job) => $job->kind === RetryPendingWingsCalls::TOKEN_REVOCATIONS;
        $before = Queue::pushed(RetryPendingWingsCalls::class, $ours)->count();
        Artisan::call('tiergate:tick');
        $queued = Queue::pushed(RetryPendingWingsCalls::class, $ours)->slice($before);
        $queued->each(fn (RetryPendingWingsCalls $job) => $job->handle(app(SubscriberReconciliationService::class)));

        return $queued->count();
    }

    private function pending(int $userId): int
    {
        return Grant::query()->where('user_id', $userId)->where('revocation_pending', true)->count();
    }

    /**
     * A Frost Knight subscriber downgraded to Awakened while Wings refuses every call: the revocations stay owed.
     *
     * @return array{0: User, 1: ReconcileResult}
     */
    private function downgradeWhileWingsIsDown(): array
    {
        $this->later(0);
        $this->storeEvent(self::CUSTOMER, self::EMAIL, 'subscription.created', 'frost-knight', 1);
        app(SubscriberReconciliationService::class)->handle(self::CUSTOMER, Trigger::command('test'));
        $user = User::query()->where('email', self::EMAIL)->firstOrFail();

        $this->wings('post', '__double/down', ['down' => true]);
        $this->storeEvent(self::CUSTOMER, self::EMAIL, 'subscription.updated', 'awakened', 2);

        return [$user, app(SubscriberReconciliationService::class)->handle(self::CUSTOMER, Trigger::command('test'))];
    }

    public function testARevocationWingsRefusedIsRetriedByTheTickWithoutAReconcile(): void
    {
        [$user, $downgrade] = $this->downgradeWhileWingsIsDown();
        $owed = count(array_filter($downgrade->plan, fn ($change) => $change->action !== 'grant'));
        $this->assertGreaterThanOrEqual(8, $owed);
        $this->assertSame($owed, $this->pending($user->id));
        $this->assertSame([], $downgrade->failed(), 'Wings being down fails no change');

        $this->assertSame(0, $this->tick(), 'retried before its backoff ran out');

        $this->later(61);
        $this->assertSame(1, $this->tick());
        $this->assertSame($owed, $this->pending($user->id));
        $this->assertSame(2, Grant::query()->where('user_id', $user->id)->max('revocation_attempts'));
        $this->assertTrue(Subscription::query()->where('customer_id', self::CUSTOMER)->value('needs_attention'));
        $this->assertSame(TokenRevocationService::OVERDUE, Subscription::query()->where('customer_id', self::CUSTOMER)->value('last_error'));

        $this->wings('post', '__double/down', ['down' => false]);
        $this->wings('delete', '__double/calls');
        $logRows = LogEntry::query()->count();
        $this->later(10);
        $this->assertSame(1, $this->tick());

        $this->assertSame(0, $this->pending($user->id));
        $this->assertSame(2, Grant::query()->where('user_id', $user->id)->count(), 'the revoked servers\' grants are gone');
        $calls = collect($this->wings('get', '__double/calls')['calls'])->where('path', '!=', null);
        $uuids = Server::query()->whereIn('id', array_map(fn ($c) => $c->serverId, array_filter($downgrade->plan, fn ($c) => $c->action !== 'grant')))->pluck('uuid');
        foreach ($uuids as $uuid) {
            $this->assertTrue($calls->contains(fn ($c) => $c['path'] === "/api/servers/{$uuid}/ws/deny" && $c['body'] === ['jtis' => [md5($user->id . $uuid)]]), "no revocation on {$uuid}");
        }
        $this->assertSame($logRows, LogEntry::query()->count(), 'a reconcile ran');
        Queue::assertNotPushed(ReconcileSubscriber::class);
        $this->assertFalse(Subscription::query()->where('customer_id', self::CUSTOMER)->value('needs_attention'));
        $this->assertNull(Subscription::query()->where('customer_id', self::CUSTOMER)->value('last_error'));
    }

    /**
     * Clearing the "needs attention" flag after the owed calls went through is about this customer: MariaDB's
     * handler counters show the rows it reads, not one per subscriber (it scanned them all while the update named
     * the customer through a subquery).
     */
    public function testARetryReadsTheRowsOfItsOwnCustomerNotEverySubscriber(): void
    {
        [$user] = $this->downgradeWhileWingsIsDown();
        $this->assertGreaterThanOrEqual(8, $this->pending($user->id));
        $this->wings('post', '__double/down', ['down' => false]);

        $now = now();
        $rows = [];
        for ($i = 0; $i < 3000; ++$i) {
            $rows[] = ['subscription_id' => "sub_other_{$i}", 'customer_id' => "cus_other_{$i}", 'state' => 'active', 'created_at' => $now, 'updated_at' => $now];
        }
        foreach (array_chunk($rows, 500) as $chunk) {
            DB::table('tiergate_subscriptions')->insert($chunk);
        }

        $this->later(2); // past the first retry's backoff
        [$left, $read] = $this->rowsReadBy(fn () => app(TokenRevocationService::class)->flush($user->id, true));

        $this->assertSame(0, $left);
        $this->assertSame(0, $this->pending($user->id));
        $this->assertLessThan(300, $read, "rows read by one retry among 3,001 subscribers: {$read}");
    }
}
