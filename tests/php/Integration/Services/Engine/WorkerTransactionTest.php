<?php

namespace Tiergate\Tests\Integration\Services\Engine;

use Illuminate\Support\Str;
use Illuminate\Support\Facades\Event;
use Illuminate\Support\Facades\Queue;
use Pterodactyl\Events\User\Creating;
use Illuminate\Support\Facades\Artisan;
use Illuminate\Support\Facades\Notification;
use Tiergate\Tests\Integration\StoresEvents;
use Tiergate\Tests\Integration\CommittedTestCase;
use Pterodactyl\Repositories\Wings\DaemonServerRepository;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\Trigger;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Jobs\ReconcileSubscriber;

/**
 * The panel's UserCreationService opens a transaction and does not roll it back when the insert fails. In the
 * long-lived queue worker that must not swallow the next jobs' writes: here two jobs run in one worker, on one
 * connection, and the second one's access must be committed (visible to another connection).
 */
class WorkerTransactionTest extends CommittedTestCase
{
    use StoresEvents;

    private string $queue;

    protected function setUp(): void
    {
        parent::setUp();
        Notification::fake();
        $daemon = \Mockery::mock(DaemonServerRepository::class);
        $daemon->allows('setServer')->andReturnSelf();
        $daemon->allows('revokeUserJTI');
        $this->app->instance(DaemonServerRepository::class, $daemon);
        $this->importDemoTiers();
        $this->queue = 'tiergate-test-' . Str::lower(Str::random(8));
    }

    protected function tearDown(): void
    {
        $redis = app('redis')->connection(config('queue.connections.redis.connection'));
        foreach (['', ':delayed', ':reserved', ':notify'] as $suffix) {
            $redis->del("queues:{$this->queue}{$suffix}");
        }
        parent::tearDown();
    }

    public function testAFailedAccountCreationDoesNotLeaveTheWorkerInsideATransaction(): void
    {
        $this->storeEvent('cus_race', 'race@example.com', 'subscription.created', 'awakened', 1);
        $this->storeEvent('cus_next', 'next@example.com', 'subscription.created', 'awakened', 1);
        // A unique race: another process takes the generated username between the check and the insert.
        Event::listen(Creating::class, function (Creating $event) {
            if ($event->user->email === 'race@example.com') {
                $this->observer()->table('users')->insert([
                    'uuid' => (string) Str::uuid(), 'username' => $event->user->username, 'email' => 'racer@example.com',
                    'name_first' => 'R', 'name_last' => 'R', 'password' => 'x', 'use_totp' => 0, 'created_at' => now(), 'updated_at' => now(),
                ]);
            }
        });

        Queue::connection('redis')->pushOn($this->queue, new ReconcileSubscriber('cus_race', Trigger::command('test')));
        Queue::connection('redis')->pushOn($this->queue, new ReconcileSubscriber('cus_next', Trigger::command('test')));
        Artisan::call('queue:work', ['connection' => 'redis', '--queue' => $this->queue, '--stop-when-empty' => true, '--sleep' => 0]);

        $this->assertSame(0, $this->observer()->table('users')->where('email', 'race@example.com')->count(), 'the raced account should not exist');
        $next = $this->observer()->table('users')->where('email', 'next@example.com')->first();
        $this->assertNotNull($next, "the next job's account was never committed");
        $this->assertSame(2, $this->observer()->table('subusers')->where('user_id', $next->id)->count(), "the next job's access was never committed");
        $this->assertSame(0, app('db')->connection()->transactionLevel());
    }
}
