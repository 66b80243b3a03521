<?php

namespace Tiergate\Tests\Integration\Services\Engine;

use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Queue;
use Tiergate\Tests\IntegrationTestCase;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\Trigger;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Jobs\ReconcileSubscriber;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\SubscriberLock;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Exceptions\SubscriberBusyException;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\SubscriberReconciliationService;

/**
 * The per-customer lock dies with its holder's database connection. The holder here is a second connection, as a
 * queue worker or php-fpm child mid-reconcile has; when it ends (what the server sees when that process is killed
 * with SIGKILL), the next reconcile of the customer goes ahead at once. While the holder lives, a queued job does
 * not wait: it goes back on the queue with a short delay.
 */
class SubscriberLockTest extends IntegrationTestCase
{
    private const HOLDER = 'tiergate_lock_holder';

    protected function setUp(): void
    {
        parent::setUp();
        config(['database.connections.' . self::HOLDER => config('database.connections.' . config('database.default'))]);
    }

    protected function tearDown(): void
    {
        DB::purge(self::HOLDER);
        parent::tearDown();
    }

    public function testALockWhoseHolderDiedIsFreeWithinSeconds(): void
    {
        $customerId = 'cus_lock_' . getmypid();

        $this->whileAnotherConnectionHolds($customerId, function () use ($customerId) {
            try {
                app(SubscriberLock::class)->run($customerId, 0, fn () => null);
                $this->fail('The other connection should hold the lock.');
            } catch (SubscriberBusyException) {
            }

            DB::purge(self::HOLDER); // its connection closes, as when its process is killed
            $started = microtime(true);
            $result = app(SubscriberReconciliationService::class)->handle($customerId, Trigger::command('test'));

            $this->assertSame($customerId, $result->customerId);
            $this->assertLessThan(3.0, microtime(true) - $started);
        });
    }

    public function testAJobThatFindsTheLockHeldGoesBackOnTheQueueWithADelayInsteadOfWaiting(): void
    {
        Queue::fake();
        $customerId = 'cus_busy_' . getmypid();

        $this->whileAnotherConnectionHolds($customerId, function () use ($customerId) {
            $started = microtime(true);
            app()->call([new ReconcileSubscriber($customerId, Trigger::schedule('test'), null, 'high'), 'handle']);
            $this->assertLessThan(1.0, microtime(true) - $started);
        });

        Queue::assertPushedOn('high', ReconcileSubscriber::class, fn (ReconcileSubscriber $job) => $job->customerId === $customerId
            && $job->delay === ReconcileSubscriber::BUSY_RETRY_SECONDS);
    }

    public function testTheLockNestsOnOneConnection(): void
    {
        $lock = app(SubscriberLock::class);
        $queries = [];
        DB::listen(function ($query) use (&$queries) {
            $queries[] = $query->sql;
        });
        $this->assertSame('inner', $lock->run('cus_nested', 0, fn () => app(SubscriberLock::class)->run('cus_nested', 0, fn () => 'inner')));
        $this->assertSame(['SELECT GET_LOCK(?, ?) AS got', 'SELECT RELEASE_LOCK(?) AS released'], $queries, 'the nested run asks the server nothing');

        $this->whileAnotherConnectionHolds('cus_nested', fn () => $this->addToAssertionCount(1)); // released: another connection takes it
    }

    private function whileAnotherConnectionHolds(string $customerId, callable $work): void
    {
        (new SubscriberLock(DB::connection(self::HOLDER)))->run($customerId, 0, $work);
    }
}
