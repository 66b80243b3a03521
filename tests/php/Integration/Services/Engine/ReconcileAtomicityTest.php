<?php

namespace Tiergate\Tests\Integration\Services\Engine;

use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Queue;
use Illuminate\Support\Facades\Notification;
use Tiergate\Tests\Integration\StoresEvents;
use Illuminate\Database\Events\QueryExecuted;
use Tiergate\Tests\Integration\CommittedTestCase;
use Pterodactyl\Repositories\Wings\DaemonServerRepository;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\Trigger;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\SubscriberReconciliationService;

/**
 * What a second connection (a reader, the customer's browser) sees while one customer's plan is being applied:
 * none of it or all of it, never part; and Wings hears of a revoked token only once the change is committed.
 */
class ReconcileAtomicityTest extends CommittedTestCase
{
    use StoresEvents;

    private const CUSTOMER = 'cus_atomic';
    private const EMAIL = 'atomic@example.com';

    /** @var array<int, array{level: int, visible: int}> one per Wings call */
    private array $wingsCalls = [];

    protected function setUp(): void
    {
        parent::setUp();
        Notification::fake();
        Queue::fake();
        $daemon = \Mockery::mock(DaemonServerRepository::class);
        $daemon->allows('setServer')->andReturnSelf();
        $daemon->allows('revokeUserJTI')->andReturnUsing(function () {
            $this->wingsCalls[] = ['level' => DB::connection()->transactionLevel(), 'visible' => $this->visibleGrants()];
        });
        $this->app->instance(DaemonServerRepository::class, $daemon);
        $this->importDemoTiers();
    }

    /** The customer's subuser rows as another connection sees them right now. */
    private function visibleGrants(): int
    {
        return $this->observer()->table('subusers')->join('users', 'users.id', '=', 'subusers.user_id')->where('users.email', self::EMAIL)->count();
    }

    private function reconcile()
    {
        return app(SubscriberReconciliationService::class)->handle(self::CUSTOMER, Trigger::command('test'));
    }

    public function testAReaderSeesNoneOrAllOfACustomersGrantsNeverPart(): void
    {
        $this->storeEvent(self::CUSTOMER, self::EMAIL, 'subscription.created', 'frost-knight', 1);
        $seen = [];
        DB::listen(function (QueryExecuted $query) use (&$seen) {
            if ($query->connectionName !== 'observer' && str_contains($query->sql, 'subusers')) {
                $seen[] = $this->visibleGrants();
            }
        });

        $result = $this->reconcile();

        $this->assertCount(10, $result->plan);
        $this->assertSame(10, $this->visibleGrants());
        $this->assertContains(0, $seen, 'the reader was never asked mid-reconcile');
        $this->assertSame([], array_values(array_filter($seen, fn (int $n) => $n !== 0 && $n !== 10)), 'a reader saw part of the plan: ' . implode(',', $seen));
    }

    public function testWingsIsCalledOnlyAfterTheWholePlanIsCommitted(): void
    {
        $this->storeEvent(self::CUSTOMER, self::EMAIL, 'subscription.created', 'frost-knight', 1);
        $this->reconcile();
        $this->assertSame([], $this->wingsCalls, 'a first grant revokes nothing');

        $this->storeEvent(self::CUSTOMER, self::EMAIL, 'subscription.updated', 'awakened', 2);
        $level = DB::connection()->transactionLevel();
        $downgrade = $this->reconcile();

        $revocations = count(array_filter($downgrade->plan, fn ($change) => $change->action !== 'grant'));
        $this->assertSame(8, count(array_filter($downgrade->plan, fn ($change) => $change->action === 'revoke')));
        $this->assertCount($revocations, $this->wingsCalls);
        foreach ($this->wingsCalls as $call) {
            $this->assertSame($level, $call['level'], 'Wings was called inside the apply transaction');
            $this->assertSame(2, $call['visible'], 'Wings was called before the downgrade was visible to others');
        }
        $this->assertSame(0, $this->observer()->table('tiergate_grants')->join('users', 'users.id', '=', 'tiergate_grants.user_id')->where('users.email', self::EMAIL)->where('revocation_pending', true)->count());
    }
}
