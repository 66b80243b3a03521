<?php

namespace Tiergate\Tests\Integration\Services\Panel;

use Illuminate\Support\Str;
use Pterodactyl\Models\User;
use Pterodactyl\Models\Server;
use Pterodactyl\Models\Subuser;
use Illuminate\Support\Facades\DB;
use Tiergate\Tests\IntegrationTestCase;
use Illuminate\Support\Facades\Notification;
use Pterodactyl\Notifications\AddedToServer;
use Illuminate\Database\Events\QueryExecuted;
use Tiergate\Tests\Integration\FakesTheOutside;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Grant;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\LogEntry;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\InboxEvent;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Settings\Settings;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\PlannedChange;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\Trigger;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel\ServerCatalogue;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel\SubuserGrantService;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel\SubuserBatchGrantService;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\SubscriberReconciliationService;

class SubuserBatchGrantServiceTest extends IntegrationTestCase
{
    use FakesTheOutside;

    private const PERMISSIONS = ['control.console', 'websocket.connect'];

    protected function setUp(): void
    {
        parent::setUp();
        $this->fakeTheOutside();
    }

    private function user(string $name): User
    {
        $user = new User();
        $user->forceFill(['uuid' => (string) Str::uuid(), 'username' => $name, 'email' => "{$name}@example.com", 'name_first' => 'B', 'name_last' => 'G', 'password' => 'x'])->save();

        return $user;
    }

    /** @return PlannedChange[] a grant on every server of the test bed */
    private function plan(): array
    {
        return Server::query()->orderBy('id')->pluck('id')->map(fn (int $id) => new PlannedChange(PlannedChange::GRANT, $id, [], self::PERMISSIONS))->all();
    }

    /** @return string[] every statement run while $work runs */
    private function statements(callable $work): array
    {
        $statements = [];
        DB::listen(function (QueryExecuted $query) use (&$statements) {
            $statements[] = $query->sql;
        });
        $work();

        return $statements;
    }

    public function testItWritesWhatTheOneByOnePathWritesWithOneInsertPerTable(): void
    {
        $batched = $this->user('batched');
        $single = $this->user('single');
        $plan = $this->plan();
        $trigger = Trigger::command('test');

        $statements = $this->statements(function () use ($plan, $batched, $trigger, &$entries) {
            $entries = app(SubuserBatchGrantService::class)->grant($plan, $batched, 'cus_b', $trigger, app(ServerCatalogue::class)->all());
        });
        foreach ($plan as $change) {
            app(SubuserGrantService::class)->apply($change, $single, 'cus_s', $trigger, false);
        }

        $this->assertCount(count($plan), $entries);
        foreach (['subusers', 'tiergate_grants', 'tiergate_log', 'activity_logs', 'activity_log_subjects'] as $table) {
            $inserts = array_filter($statements, fn (string $sql) => str_starts_with(strtolower($sql), "insert into `{$table}`"));
            $this->assertCount(1, $inserts, "one insert into {$table} for all the servers");
        }
        foreach ($plan as $change) {
            $row = fn (User $user) => DB::table('subusers')->where('user_id', $user->id)->where('server_id', $change->serverId)->first();
            $this->assertSame($row($single)->permissions, $row($batched)->permissions, 'byte-identical permissions JSON');
            $grant = Grant::query()->where('user_id', $batched->id)->where('server_id', $change->serverId)->firstOrFail();
            $this->assertSame($row($batched)->id, $grant->subuser_id);
            $this->assertSame(self::PERMISSIONS, $grant->permissions);
            $entry = $entries[$change->serverId];
            $this->assertTrue($entry->exists);
            $this->assertSame([LogEntry::OUTCOME_OK, 'grant', [], self::PERMISSIONS, $batched->id, 'cus_b', 'command'], [$entry->outcome, $entry->action, $entry->permissions_before, $entry->permissions_after, $entry->user_id, $entry->customer_id, $entry->trigger]);
            $this->assertSame(1, DB::table('activity_log_subjects')->where('subject_type', (new Server())->getMorphClass())->where('subject_id', $change->serverId)
                ->whereIn('activity_log_id', DB::table('activity_log_subjects')->where('subject_type', (new User())->getMorphClass())->where('subject_id', $batched->id)->pluck('activity_log_id'))->count());
        }
        $activity = fn (User $user) => DB::table('activity_logs')->whereIn('id', DB::table('activity_log_subjects')->where('subject_id', $user->id)->where('subject_type', (new User())->getMorphClass())->pluck('activity_log_id'))
            ->orderBy('id')->get()->map(fn (object $row) => [array_diff_key((array) $row, ['id' => 1, 'timestamp' => 1]), DB::table('activity_log_subjects')->where('activity_log_id', $row->id)->orderBy('id')->get(['subject_id', 'subject_type'])->map(fn ($s) => (array) $s)->all()])->all();
        $expected = array_map(fn (array $row) => [$row[0], [['subject_id' => $batched->id, 'subject_type' => 'user'], $row[1][1]]], $activity($single));
        $this->assertSame($expected, $activity($batched), 'the activity rows the one-by-one path writes, but for the user');
        $this->assertSame(count($plan), DB::table('activity_logs')->where('event', 'tiergate:access.granted')->whereIn('id', DB::table('activity_log_subjects')->where('subject_id', $batched->id)->where('subject_type', (new User())->getMorphClass())->pluck('activity_log_id'))->count());
        Notification::assertNothingSent();
    }

    public function testItsStatementsDoNotGrowWithTheNumberOfServers(): void
    {
        $plan = $this->plan();
        $this->assertGreaterThan(2, count($plan));
        $grant = fn (array $plan, string $name) => $this->statements(fn () => app(SubuserBatchGrantService::class)->grant($plan, $this->user($name), "cus_{$name}", Trigger::command('test'), app(ServerCatalogue::class)->all()));
        $grant(array_slice($plan, 0, 2), 'warm'); // what a process asks once

        $this->assertCount(count($grant(array_slice($plan, 0, 2), 'two')), $grant($plan, 'every'));
    }

    public function testServersItCannotSimplyGrantAreLeftToTheOneByOnePath(): void
    {
        $user = $this->user('mixed');
        $plan = $this->plan();
        [$owned, $taken, $earlier] = [$plan[0]->serverId, $plan[1]->serverId, $plan[2]->serverId];
        Server::query()->whereKey($owned)->update(['owner_id' => $user->id]);
        Subuser::query()->forceCreate(['user_id' => $user->id, 'server_id' => $taken, 'permissions' => ['websocket.connect']]);
        Grant::query()->forceCreate(['user_id' => $user->id, 'server_id' => $earlier, 'subuser_id' => null, 'permissions' => [], 'revocation_pending' => true, 'applied_at' => now()]);

        $entries = app(SubuserBatchGrantService::class)->grant($plan, $user, 'cus_m', Trigger::command('test'), app(ServerCatalogue::class)->all());

        $this->assertSame(array_slice(array_map(fn (PlannedChange $c) => $c->serverId, $plan), 3), array_keys($entries));
        $this->assertSame(['websocket.connect'], Subuser::query()->where('user_id', $user->id)->where('server_id', $taken)->sole()->permissions);
        $this->assertFalse(Subuser::query()->where('user_id', $user->id)->whereIn('server_id', [$owned, $earlier])->exists());
    }

    public function testItLeavesTheGrantsToTheOneByOnePathWhenPerServerEmailsAreOn(): void
    {
        // A first apply through the whole reconcile, so the engine's choice is what is tested.
        $this->store('frost-knight');
        app(Settings::class)->set(Settings::EMAILS_PER_SERVER, true);
        $statements = $this->statements(fn () => app(SubscriberReconciliationService::class)->handle('cus_e', Trigger::command('test')));

        $servers = Subuser::query()->whereIn('user_id', User::query()->where('email', 'batch-e@example.com')->pluck('id'))->count();
        $this->assertGreaterThan(1, $servers);
        $this->assertCount($servers, array_filter($statements, fn (string $sql) => str_starts_with(strtolower($sql), 'insert into `subusers`')));
        Notification::assertSentTimes(AddedToServer::class, $servers);
    }

    public function testAFirstApplyWritesTheSubuserRowsInOneInsert(): void
    {
        $this->store('frost-knight');
        $statements = $this->statements(fn () => app(SubscriberReconciliationService::class)->handle('cus_e', Trigger::command('test')));

        $user = User::query()->where('email', 'batch-e@example.com')->sole();
        $this->assertGreaterThan(1, Subuser::query()->where('user_id', $user->id)->count());
        $this->assertCount(1, array_filter($statements, fn (string $sql) => str_starts_with(strtolower($sql), 'insert into `subusers`')));
        $this->assertSame(Subuser::query()->where('user_id', $user->id)->count(), LogEntry::query()->where('customer_id', 'cus_e')->where('outcome', 'ok')->where('action', 'grant')->count());
    }

    private function store(string $product): void
    {
        InboxEvent::query()->forceCreate([
            'webhook_id' => 'msg_' . Str::random(12),
            'type' => 'subscription.created',
            'format' => 'canonical',
            'subscription_id' => 'sub_e',
            'customer_id' => 'cus_e',
            'occurred_at' => now(),
            'sequence' => 1,
            'body' => '{}',
            'canonical' => ['type' => 'subscription.created', 'timestamp' => now()->toIso8601String(), 'data' => [
                'subscription' => ['id' => 'sub_e', 'status' => 'active', 'product' => ['id' => $product, 'slug' => $product], 'sequence' => 1],
                'customer' => ['id' => 'cus_e', 'email' => 'batch-e@example.com'],
            ]],
            'headers' => [],
            'source_ip' => '127.0.0.1',
            'received_at' => now(),
        ]);
    }
}
