<?php

namespace Tiergate\Tests\Integration\Services\Engine;

use Illuminate\Support\Str;
use Pterodactyl\Models\User;
use Pterodactyl\Models\Subuser;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Artisan;
use Tiergate\Tests\IntegrationTestCase;
use Tiergate\Tests\Integration\FakesTheOutside;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Grant;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\InboxEvent;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Settings\Settings;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\Trigger;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\SubscriberReconciliationService;

class SubscriberReconciliationServiceTest extends IntegrationTestCase
{
    use FakesTheOutside;

    protected function setUp(): void
    {
        parent::setUp();
        $this->fakeTheOutside();
    }

    private function store(string $type, string $product, int $sequence, string $status = 'active'): void
    {
        InboxEvent::query()->create([
            'webhook_id' => 'msg_' . Str::random(12),
            'type' => $type,
            'format' => 'canonical',
            'subscription_id' => 'sub_r1',
            'customer_id' => 'cus_r1',
            'occurred_at' => now(),
            'sequence' => $sequence,
            'body' => '{}',
            'canonical' => ['type' => $type, 'timestamp' => now()->toIso8601String(), 'data' => [
                'subscription' => ['id' => 'sub_r1', 'status' => $status, 'product' => ['id' => $product, 'slug' => $product], 'sequence' => $sequence],
                'customer' => ['id' => 'cus_r1', 'email' => 'recon@example.com'],
            ]],
            'headers' => [],
            'source_ip' => '127.0.0.1',
            'received_at' => now(),
        ]);
    }

    private function access(): int
    {
        $user = User::query()->where('email', 'recon@example.com')->first();

        return $user ? Subuser::query()->where('user_id', $user->id)->count() : 0;
    }

    public function testADryRunPrintsThePlanAndChangesNothing(): void
    {
        $this->store('subscription.created', 'awakened', 1);
        $result = app(SubscriberReconciliationService::class)->handle('cus_r1', Trigger::command('test'), dryRun: true);
        $this->assertCount(2, $result->plan);
        $this->assertNull(User::query()->where('email', 'recon@example.com')->first());
    }

    /** Every row of every table a reconcile could write, hashed per table. */
    private function tableHashes(): array
    {
        $tables = array_map(fn ($row) => array_values((array) $row)[0], DB::select("SHOW TABLES LIKE 'tiergate\\_%'"));
        $hashes = [];
        foreach ([...$tables, 'users', 'subusers', 'activity_logs', 'activity_log_subjects', 'password_resets', 'settings'] as $table) {
            $rows = array_map(fn ($row) => json_encode($row), DB::table($table)->get()->all());
            sort($rows);
            $hashes[$table] = sha1(implode("\n", $rows));
        }

        return $hashes;
    }

    public function testADryRunOfAnExistingAccountWithDriftedGrantsWritesNothingAtAll(): void
    {
        $this->store('subscription.created', 'frost-knight', 1);
        app(SubscriberReconciliationService::class)->handle('cus_r1', Trigger::command('test'));
        $user = User::query()->where('email', 'recon@example.com')->firstOrFail();
        $rows = Subuser::query()->where('user_id', $user->id)->orderBy('id')->get();
        $rows[0]->delete(); // someone removed a row: its grant is stale
        $rows[1]->forceFill(['permissions' => ['websocket.connect', 'file.delete']])->save();
        Grant::query()->where('subuser_id', $rows[2]->id)->update(['revocation_pending' => true]);
        $rows[2]->delete(); // stale, and a revocation still owed
        $this->store('subscription.updated', 'awakened', 2);
        $before = $this->tableHashes();

        $this->assertSame(0, Artisan::call('tiergate:reconcile', ['--subscriber' => 'cus_r1', '--dry-run' => true]));
        $this->assertStringContainsString('dry run', Artisan::output());
        $result = app(SubscriberReconciliationService::class)->handle('cus_r1', Trigger::command('test'), dryRun: true);

        $this->assertNotSame([], $result->plan);
        $this->assertSame($before, $this->tableHashes());
    }

    public function testReconcilingTwiceChangesNothingTheSecondTime(): void
    {
        $this->store('subscription.created', 'frost-knight', 1);
        $first = app(SubscriberReconciliationService::class)->handle('cus_r1', Trigger::command('test'));
        $second = app(SubscriberReconciliationService::class)->handle('cus_r1', Trigger::command('test'));
        $this->assertCount(10, $first->plan);
        $this->assertSame([], $second->plan);
        $this->assertSame(10, $this->access());
        $this->assertSame(0, InboxEvent::query()->where('customer_id', 'cus_r1')->whereNull('processed_at')->count());
    }

    public function testDriftIsRepaired(): void
    {
        $this->store('subscription.created', 'awakened', 1);
        app(SubscriberReconciliationService::class)->handle('cus_r1', Trigger::command('test'));
        $user = User::query()->where('email', 'recon@example.com')->firstOrFail();
        $rows = Subuser::query()->where('user_id', $user->id)->orderBy('id')->get();
        $rows[0]->delete();
        $rows[1]->forceFill(['permissions' => ['websocket.connect', 'file.delete']])->save();

        $repair = app(SubscriberReconciliationService::class)->handle('cus_r1', Trigger::schedule('full reconcile'));
        $this->assertSame(['grant', 'update'], array_map(fn ($c) => $c->action, $repair->plan));
        $this->assertEqualsCanonicalizing(
            [['control.console', 'websocket.connect'], ['control.console', 'websocket.connect']],
            Subuser::query()->where('user_id', $user->id)->pluck('permissions')->all(),
        );
    }

    public function testAnAccountTiergateCreatedIsDeletedOnTerminationOnlyWhenTheAdminOptedIn(): void
    {
        $this->store('subscription.created', 'awakened', 1);
        app(SubscriberReconciliationService::class)->handle('cus_r1', Trigger::command('test'));
        $this->store('subscription.terminated', 'awakened', 2, 'cancelled');

        app(SubscriberReconciliationService::class)->handle('cus_r1', Trigger::command('test'));
        $this->assertNotNull(User::query()->where('email', 'recon@example.com')->first(), 'deleted although the setting is off');

        app(Settings::class)->set(Settings::DELETE_ACCOUNTS, true);
        app(SubscriberReconciliationService::class)->handle('cus_r1', Trigger::command('test'));
        $this->assertNull(User::query()->where('email', 'recon@example.com')->first());
        $this->assertDatabaseHas('tiergate_log', ['customer_id' => 'cus_r1', 'action' => 'account.delete', 'outcome' => 'ok']);
    }

    public function testAnAccountTiergateOnlyLinkedIsNeverDeleted(): void
    {
        app(Settings::class)->set(Settings::DELETE_ACCOUNTS, true);
        $existing = new User();
        $existing->forceFill(['uuid' => (string) Str::uuid(), 'username' => 'recon', 'email' => 'recon@example.com', 'name_first' => 'R', 'name_last' => 'E', 'password' => 'x'])->save();
        $this->store('subscription.created', 'awakened', 1);
        $this->store('subscription.terminated', 'awakened', 2, 'cancelled');
        app(SubscriberReconciliationService::class)->handle('cus_r1', Trigger::command('test'));
        $this->assertNotNull($existing->fresh());
    }
}
