<?php

namespace Tiergate\Tests\Integration\Services\Engine;

use Carbon\CarbonImmutable;
use Illuminate\Support\Str;
use Illuminate\Support\Carbon;
use Pterodactyl\Models\Server;
use Illuminate\Support\Facades\Http;
use Illuminate\Support\Facades\Queue;
use Illuminate\Support\Facades\Artisan;
use Tiergate\Tests\IntegrationTestCase;
use Tiergate\Tests\Integration\DemoTiers;
use Illuminate\Support\Facades\Notification;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Grant;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\LogEntry;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\InboxEvent;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Settings\Settings;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\GameApplied;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\GameCommand;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\RoleTemplate;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Subscription;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\Trigger;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Jobs\RetryPendingWingsCalls;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\GameCommandQuery;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\GameCommandDelivery;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Exceptions\InvalidGameUsernameException;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\GameNameOverrideService;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\SubscriberReconciliationService;

/**
 * In-game actions through the whole engine, against the running Wings double (no fake): every test is judged by
 * the console commands the double recorded, in the order it received them.
 */
class GameCommandsTest extends IntegrationTestCase
{
    private const CUSTOMER = 'cus_game';
    private const EMAIL = 'game@example.com';

    private int $sequence = 0;
    /** @var array<string, string> external id → uuid */
    private array $uuids;

    protected function setUp(): void
    {
        parent::setUp();
        Notification::fake();
        Queue::fake();
        DemoTiers::import();
        $this->uuids = Server::query()->pluck('uuid', 'external_id')->all();
        $lp = fn (string $group, array $servers) => ['label' => "LuckPerms {$group}", 'grant' => "lp user {player} parent add {$group}", 'revoke' => "lp user {player} parent remove {$group}", 'servers' => $servers];
        $whitelist = ['label' => 'whitelist', 'grant' => 'whitelist add {player}', 'revoke' => 'whitelist remove {player}', 'servers' => [$this->uuids['frost-survival']]];
        $both = [$this->uuids['frost-hub'], $this->uuids['frost-survival']];
        RoleTemplate::query()->where('key', 'subscriber_knight')->update(['game_actions' => json_encode([$lp('frost_knight', $both), $whitelist])]);
        RoleTemplate::query()->where('key', 'subscriber_master')->update(['game_actions' => json_encode([$lp('frost_master', $both), $whitelist])]);
        $this->wings('post', '__double/down', ['down' => false]);
        $this->wings('delete', '__double/servers');
        $this->later(0);
        $this->wings('delete', '__double/calls');
    }

    protected function tearDown(): void
    {
        $this->wings('delete', '__double/servers');
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
        app(Settings::class)->set(Settings::LAST_FULL_RECONCILE_AT, CarbonImmutable::now()->toIso8601String());
    }

    private function event(string $type, string $product, ?string $player, string $status = 'active', array $subscription = [], string $customer = self::CUSTOMER): void
    {
        ++$this->sequence;
        InboxEvent::query()->create([
            'webhook_id' => 'msg_' . Str::random(12),
            'type' => $type,
            'format' => 'canonical',
            'subscription_id' => "sub_{$customer}",
            'customer_id' => $customer,
            'occurred_at' => now(),
            'sequence' => $this->sequence,
            'body' => '{}',
            'canonical' => ['type' => $type, 'timestamp' => now()->toIso8601String(), 'data' => [
                'subscription' => ['id' => "sub_{$customer}", 'status' => $status, 'product' => ['id' => $product, 'slug' => $product], 'sequence' => $this->sequence] + $subscription,
                'customer' => ['id' => $customer, 'email' => self::EMAIL] + ($player === null ? [] : ['game_username' => $player]),
            ]],
            'headers' => [],
            'source_ip' => '127.0.0.1',
            'received_at' => now(),
        ]);
    }

    private function reconcile(string $customer = self::CUSTOMER): void
    {
        app(SubscriberReconciliationService::class)->handle($customer, Trigger::command('test'));
    }

    /**
     * "<external id>: <command>" for every command the double received since the last call: in the order each server
     * received them, servers by external id (the order between servers is not the subject).
     *
     * @return string[]
     */
    private function received(): array
    {
        $names = array_flip($this->uuids);
        $seen = [];
        foreach ($this->wings('get', '__double/calls')['calls'] as $call) {
            if (preg_match('#^/api/servers/([0-9a-f-]{36})/commands$#', $call['path'], $m) === 1) {
                foreach ($call['body']['commands'] as $command) {
                    $seen[] = ($names[$m[1]] ?? $m[1]) . ": {$command}";
                }
            }
        }
        $this->wings('delete', '__double/calls');
        usort($seen, fn (string $a, string $b) => strstr($a, ':', true) <=> strstr($b, ':', true));

        return $seen;
    }

    private function tick(): int
    {
        $ours = fn (RetryPendingWingsCalls $job) => $job->kind === RetryPendingWingsCalls::GAME_COMMANDS;
        $before = Queue::pushed(RetryPendingWingsCalls::class, $ours)->count();
        Artisan::call('tiergate:tick');
        $queued = Queue::pushed(RetryPendingWingsCalls::class, $ours)->slice($before);
        $queued->each(fn (RetryPendingWingsCalls $job) => $job->handle(app(SubscriberReconciliationService::class)));

        return $queued->count();
    }

    private function setState(string $server, string $state): void
    {
        $this->wings('post', "__double/servers/{$this->uuids[$server]}/state", ['state' => $state]);
    }

    public function testCreateGrantsOnEachSelectedServerAndADuplicateSendsNothing(): void
    {
        $this->event('subscription.created', 'frost-knight', 'Steve');
        $this->reconcile();

        $this->assertSame([
            'frost-hub: lp user Steve parent add frost_knight',
            'frost-survival: lp user Steve parent add frost_knight',
            'frost-survival: whitelist add Steve',
        ], $this->received());
        $this->assertSame(3, GameCommand::query()->where('status', GameCommand::SENT)->count());
        $this->assertSame(2, LogEntry::query()->where('action', 'game_command_sent')->where('outcome', LogEntry::OUTCOME_OK)->count(), 'one call per server');

        $this->event('subscription.updated', 'frost-knight', 'Steve');
        $this->reconcile();
        $this->reconcile();
        $this->assertSame([], $this->received());
    }

    public function testAnUpgradeRevokesTheOldTierThenGrantsTheNewAndKeepsTheWhitelist(): void
    {
        $this->event('subscription.created', 'frost-knight', 'Steve');
        $this->reconcile();
        $this->received();

        $this->event('subscription.updated', 'frost-master', 'Steve');
        $this->reconcile();

        $this->assertSame([
            'frost-hub: lp user Steve parent remove frost_knight',
            'frost-hub: lp user Steve parent add frost_master',
            'frost-survival: lp user Steve parent remove frost_knight',
            'frost-survival: lp user Steve parent add frost_master',
        ], $this->received());
    }

    public function testSuspensionRevokesAndRestoreGrantsAgain(): void
    {
        $this->event('subscription.created', 'frost-knight', 'Steve');
        $this->reconcile();
        $this->received();

        $this->event('subscription.suspended', 'frost-knight', 'Steve', 'suspended');
        $this->reconcile();
        $this->assertSame([
            'frost-hub: lp user Steve parent remove frost_knight',
            'frost-survival: lp user Steve parent remove frost_knight',
            'frost-survival: whitelist remove Steve',
        ], $this->received());
        $this->assertSame(0, GameApplied::query()->where('customer_id', self::CUSTOMER)->count());

        $this->event('subscription.unsuspended', 'frost-knight', 'Steve');
        $this->reconcile();
        $this->assertSame([
            'frost-hub: lp user Steve parent add frost_knight',
            'frost-survival: lp user Steve parent add frost_knight',
            'frost-survival: whitelist add Steve',
        ], $this->received());
    }

    public function testGraceExpiryRevokesAndPaymentGrantsAgain(): void
    {
        $this->event('subscription.created', 'frost-knight', 'Steve');
        $this->reconcile();
        $this->event('payment.failed', 'frost-knight', 'Steve');
        $this->reconcile();
        $this->assertCount(3, $this->received(), 'grace keeps access: nothing revoked');

        $this->later(8 * 24 * 60);
        $this->reconcile();
        $this->assertSame([
            'frost-hub: lp user Steve parent remove frost_knight',
            'frost-survival: lp user Steve parent remove frost_knight',
            'frost-survival: whitelist remove Steve',
        ], $this->received());

        $this->event('payment.succeeded', 'frost-knight', 'Steve');
        $this->reconcile();
        $this->assertCount(3, $this->received());
    }

    public function testCancelAtPeriodEndRevokesAtTheEnd(): void
    {
        $this->event('subscription.created', 'frost-knight', 'Steve');
        $this->reconcile();
        $this->received();

        $this->event('subscription.cancelled', 'frost-knight', 'Steve', 'active', ['cancel_at_period_end' => true, 'expires_at' => now()->addDays(3)->toIso8601String()]);
        $this->reconcile();
        $this->assertSame([], $this->received(), 'paid until the end of the period');

        $this->later(3 * 24 * 60 + 1);
        $this->reconcile();
        $this->assertSame([
            'frost-hub: lp user Steve parent remove frost_knight',
            'frost-survival: lp user Steve parent remove frost_knight',
            'frost-survival: whitelist remove Steve',
        ], $this->received());
    }

    public function testAnOfflineServerKeepsItsCommandsPendingAndGetsThemInOrderWhenItRunsAgain(): void
    {
        $this->event('subscription.created', 'frost-knight', 'Steve');
        $this->reconcile();
        $this->received();

        $this->setState('frost-survival', 'offline');
        $this->event('subscription.updated', 'awakened', 'Steve');
        $this->reconcile();
        $this->assertSame(['frost-hub: lp user Steve parent remove frost_knight'], $this->received());
        $this->assertSame(2, GameCommand::query()->where('status', GameCommand::PENDING)->count());
        $this->assertSame(1, LogEntry::query()->where('action', 'game_command_pending')->count());
        $this->assertStringContainsString('Cannot send commands to a stopped server instance.', GameCommand::query()->where('status', GameCommand::PENDING)->value('last_error'));
        $this->assertTrue(Subscription::query()->where('customer_id', self::CUSTOMER)->where('needs_attention', true)->doesntExist(), 'not yet overdue');

        // Back to Knight while the server is still offline: the grant queues behind the pending revoke.
        $this->event('subscription.updated', 'frost-knight', 'Steve');
        $this->reconcile();
        $this->assertSame(['frost-hub: lp user Steve parent add frost_knight'], $this->received());

        $this->assertSame(0, $this->tick(), 'retried before its backoff ran out');
        $this->later(2);
        $this->assertSame(1, $this->tick());
        $this->assertSame([], $this->received(), 'Wings says the server is offline: nothing is sent');

        $this->setState('frost-survival', 'running');
        $this->later(5);
        $this->assertSame(1, $this->tick());
        $this->assertSame([
            'frost-survival: lp user Steve parent remove frost_knight',
            'frost-survival: whitelist remove Steve',
            'frost-survival: lp user Steve parent add frost_knight',
            'frost-survival: whitelist add Steve',
        ], $this->received(), 'delivered in order: the pending revokes are not overtaken by the later grants');
        $this->assertSame(0, GameCommand::query()->where('status', GameCommand::PENDING)->count());
        $this->assertSame(0, $this->tick());
        $this->reconcile();
        $this->assertSame([], $this->received());
    }

    public function testACommandPendingLongerThanTheSettingNeedsAttention(): void
    {
        app(Settings::class)->set(Settings::GAME_COMMAND_ATTENTION_AFTER_MINUTES, 30);
        $this->setState('frost-hub', 'offline');
        $this->event('subscription.created', 'frost-knight', 'Steve');
        $this->reconcile();
        $this->assertSame(['frost-survival: lp user Steve parent add frost_knight', 'frost-survival: whitelist add Steve'], $this->received());

        $this->later(31);
        $this->tick();
        $subscription = Subscription::query()->where('customer_id', self::CUSTOMER)->firstOrFail();
        $this->assertTrue($subscription->needs_attention);
        $this->assertSame(GameCommandDelivery::OVERDUE, $subscription->last_error);
        $this->assertSame(1, GameApplied::query()->where('server_uuid', $this->uuids['frost-hub'])->count(), 'panel access and the applied record stand');

        $this->setState('frost-hub', 'running');
        $this->later(15);
        $this->tick();
        $this->assertSame(['frost-hub: lp user Steve parent add frost_knight'], $this->received());
        $this->assertFalse(Subscription::query()->where('customer_id', self::CUSTOMER)->value('needs_attention'));
    }

    public function testANameChangeRevokesUnderTheOldNameAndGrantsUnderTheNew(): void
    {
        $this->event('subscription.created', 'frost-knight', 'Steve');
        $this->reconcile();
        $this->received();

        $this->event('subscription.updated', 'frost-knight', 'Alex_2');
        $this->reconcile();
        $this->assertSame([
            'frost-hub: lp user Steve parent remove frost_knight',
            'frost-hub: lp user Alex_2 parent add frost_knight',
            'frost-survival: lp user Steve parent remove frost_knight',
            'frost-survival: whitelist remove Steve',
            'frost-survival: lp user Alex_2 parent add frost_knight',
            'frost-survival: whitelist add Alex_2',
        ], $this->received());
    }

    public function testAnAdminCorrectionWinsUntilThePayloadChangesTheName(): void
    {
        $this->event('subscription.created', 'frost-knight', 'Stve');
        $this->reconcile();
        $this->received();

        app(GameNameOverrideService::class)->set(self::CUSTOMER, 'Steve', 'user:1');
        $this->assertSame([
            'frost-hub: lp user Stve parent remove frost_knight',
            'frost-hub: lp user Steve parent add frost_knight',
            'frost-survival: lp user Stve parent remove frost_knight',
            'frost-survival: whitelist remove Stve',
            'frost-survival: lp user Steve parent add frost_knight',
            'frost-survival: whitelist add Steve',
        ], $this->received());

        $this->event('subscription.updated', 'frost-knight', 'Stve');
        $this->reconcile();
        $this->assertSame([], $this->received(), 'the payload still says what it said: the correction stands');
        $this->assertSame('Steve', app(GameCommandQuery::class)->player(self::CUSTOMER)['effective']);

        $this->event('subscription.updated', 'frost-knight', 'Notch');
        $this->reconcile();
        $this->assertContains('frost-hub: lp user Notch parent add frost_knight', $this->received());

        try {
            app(GameNameOverrideService::class)->set(self::CUSTOMER, 'Steve op', 'user:1');
            $this->fail('a hostile name was taken');
        } catch (InvalidGameUsernameException $e) {
            $this->assertStringContainsString('not allowed in a console command', $e->getMessage());
        }
        $this->assertSame([], $this->received());
    }

    public function testTheArtisanCommandSetsShowsAndClearsTheCorrection(): void
    {
        $this->event('subscription.created', 'frost-knight', 'Stve');
        $this->reconcile();
        $this->received();

        Artisan::call('tiergate:game-name', ['subscriber' => self::CUSTOMER, 'name' => 'Steve']);
        $this->assertStringContainsString('in use:       Steve', Artisan::output());
        $this->assertContains('frost-hub: lp user Steve parent add frost_knight', $this->received());

        Artisan::call('tiergate:game-name', ['subscriber' => self::CUSTOMER, '--clear' => true]);
        $this->assertStringContainsString('in use:       Stve', Artisan::output());
        $this->assertContains('frost-hub: lp user Stve parent add frost_knight', $this->received());

        try {
            Artisan::call('tiergate:game-name', ['subscriber' => self::CUSTOMER, 'name' => 'Steve;op']);
            $this->fail('a hostile name was taken');
        } catch (InvalidGameUsernameException) {
            $this->assertSame([], $this->received());
        }
    }

    public function testAHostileNameIsRefusedAndNoCommandIsSent(): void
    {
        // The webhook refuses such a name (422 invalid_game_username); this is the engine's own refusal behind it.
        $this->event('subscription.created', 'frost-knight', "Steve\nop Steve");
        $this->reconcile();
        $this->reconcile();

        $this->assertSame([], $this->received());
        $this->assertSame(0, GameCommand::query()->count());
        $this->assertSame(2, LogEntry::query()->where('action', 'game_command_refused')->where('outcome', LogEntry::OUTCOME_CONFLICT)->count(), 'one per server, not again on the next reconcile');
        $this->assertTrue(Subscription::query()->where('customer_id', self::CUSTOMER)->value('needs_attention'));
        $this->assertGreaterThan(0, Grant::query()->count(), 'panel access is granted all the same');
    }

    public function testTheAdminPageSeesEachCommandWithItsOutcome(): void
    {
        $this->setState('frost-hub', 'offline');
        $this->event('subscription.created', 'frost-knight', 'Steve');
        $this->reconcile();

        $rows = collect(app(GameCommandQuery::class)->forSubscriber(self::CUSTOMER))->keyBy(fn (array $r) => "{$r['server_uuid']} {$r['command']}");
        $this->assertCount(3, $rows);
        $this->assertSame(['grant'], $rows->pluck('kind')->unique()->values()->all());
        $pending = $rows["{$this->uuids['frost-hub']} lp user Steve parent add frost_knight"];
        $this->assertSame(['pending', 1], [$pending['status'], $pending['attempts']]);
        $this->assertNotNull($pending['next_attempt_at']);
        $this->assertStringContainsString('stopped server', $pending['last_error']);
        $sent = $rows["{$this->uuids['frost-survival']} whitelist add Steve"];
        $this->assertSame(['sent', null], [$sent['status'], $sent['next_attempt_at']]);
        $this->assertNotNull($sent['sent_at']);
    }
}
