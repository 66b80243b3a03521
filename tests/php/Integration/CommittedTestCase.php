<?php

namespace Tiergate\Tests\Integration;

use Illuminate\Support\Facades\DB;
use Illuminate\Foundation\Application;
use Illuminate\Contracts\Console\Kernel;
use Illuminate\Database\ConnectionInterface;
use Illuminate\Foundation\Testing\TestCase as LaravelTestCase;

/**
 * For tests about what ANOTHER connection sees (commits, transactions left open): no wrapping transaction, so
 * writes really commit. `observer()` is a second connection to the same database. Every row a test added
 * (above each table's highest id when it started) is deleted again afterwards, through that second connection.
 */
abstract class CommittedTestCase extends LaravelTestCase
{
    /** Children first. */
    private const TABLES = [
        'tiergate_log', 'tiergate_log_conditions', 'tiergate_grants', 'tiergate_accounts', 'tiergate_subscriptions',
        'tiergate_events', 'tiergate_overrides', 'tiergate_rejections', 'tiergate_products', 'tiergate_templates',
        'tiergate_game_applied', 'tiergate_game_commands', 'tiergate_notifications', 'tiergate_notified',
        'activity_log_subjects', 'activity_logs', 'subusers', 'users',
    ];

    /** @var array<string, int> */
    private array $highest = [];

    public function createApplication(): Application
    {
        /** @var Application $app */
        $app = require getenv('TIERGATE_PANEL_DIR') . '/bootstrap/app.php';
        $app->make(Kernel::class)->bootstrap();

        return $app;
    }

    protected function setUp(): void
    {
        parent::setUp();
        config(['database.connections.observer' => config('database.connections.' . config('database.default'))]);
        foreach (self::TABLES as $table) {
            $this->highest[$table] = (int) $this->observer()->table($table)->max('id');
        }
    }

    protected function tearDown(): void
    {
        $pdo = DB::connection()->getPdo();
        if ($pdo->inTransaction()) {
            $pdo->rollBack(); // whatever a failing test left open
        }
        $observer = $this->observer();
        $emails = $observer->table('users')->where('id', '>', $this->highest['users'])->pluck('email')->all();
        $observer->table('password_resets')->whereIn('email', $emails)->delete();
        foreach (self::TABLES as $table) {
            $observer->table($table)->where('id', '>', $this->highest[$table])->delete();
        }
        // The search index has no id of its own: what named a customer the test's rows no longer hold goes with them.
        $observer->table('tiergate_search_terms')->whereNotIn('customer_id', $observer->table('tiergate_subscriptions')->select('customer_id'))->delete();
        DB::purge('observer');
        parent::tearDown();
    }

    protected function observer(): ConnectionInterface
    {
        return DB::connection('observer');
    }
}
