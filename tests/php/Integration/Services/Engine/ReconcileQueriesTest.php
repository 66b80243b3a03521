<?php

namespace Tiergate\Tests\Integration\Services\Engine;

use Illuminate\Support\Facades\DB;
use Illuminate\Database\Eloquent\Model;
use Tiergate\Tests\IntegrationTestCase;
use Tiergate\Tests\Integration\StoresEvents;
use Tiergate\Tests\Integration\FakesTheOutside;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\Trigger;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Settings\SettingsScope;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\SubscriberReconciliationService;

/**
 * What one reconcile asks the database on the hot paths (a delivery's reconcile in the php-fpm child, a queued job),
 * each of which starts with no model metadata: Eloquent's per-process cache of table columns is cleared as a new
 * php-fpm request has it. No information_schema lookups (a guarded model asks it for its table's columns on the
 * first write), and the settings table read once.
 */
class ReconcileQueriesTest extends IntegrationTestCase
{
    use FakesTheOutside;
    use StoresEvents;

    protected function setUp(): void
    {
        parent::setUp();
        $this->fakeTheOutside();
    }

    public function testANewSubscribersReconcileReadsNoSchemaAndTheSettingsOnce(): void
    {
        $this->storeEvent('cus_queries', 'queries@example.com', 'subscription.created', 'frost-knight', 1);
        $queries = $this->queriesOf(fn () => app(SubscriberReconciliationService::class)->handle('cus_queries', Trigger::event('msg_queries')));

        $this->assertDatabaseHas('users', ['email' => 'queries@example.com']);
        // The panel's own ActivityLog is guarded, so its first write asks, as it does on the real panel.
        $this->assertSame([], array_values(array_filter($queries, fn (string $sql) => stripos($sql, 'information_schema') !== false && str_contains($sql, "'tiergate_"))));
        $this->assertCount(1, array_filter($queries, fn (string $sql) => str_contains($sql, '`tiergate_settings`')), implode("\n", $queries));
        $this->assertSame([], array_values(array_filter($queries, fn (string $sql) => str_contains($sql, '`revocation_pending` = ?'))), 'first grants owe no token revocation: nothing to flush');
    }

    public function testANothingToChangeReconcileStaysSmall(): void
    {
        $this->storeEvent('cus_queries_noop', 'noop@example.com', 'subscription.created', 'frost-knight', 1);
        app(SubscriberReconciliationService::class)->handle('cus_queries_noop', Trigger::event('msg_noop_1'));
        $queries = $this->queriesOf(fn () => app(SubscriberReconciliationService::class)->handle('cus_queries_noop', Trigger::event('msg_noop_2')));

        // 29 before the shared settings, the single lock and the skipped empty command and revocation queues.
        $this->assertLessThanOrEqual(20, count($queries), implode("\n", $queries));
    }

    /** @return string[] */
    private function queriesOf(callable $work): array
    {
        (new \ReflectionProperty(Model::class, 'guardableColumns'))->setValue(null, []);
        $this->app->forgetScopedInstances();
        SettingsScope::share($this->app);
        $queries = [];
        DB::listen(function ($query) use (&$queries) {
            $queries[] = $query->sql;
        });
        $work();

        return $queries;
    }
}
