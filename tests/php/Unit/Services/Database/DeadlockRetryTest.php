<?php

namespace Tiergate\Tests\Unit\Services\Database;

use Tiergate\Tests\TestCase;
use Illuminate\Database\QueryException;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Database\DeadlockRetry;

/** Which database errors DeadlockRetry runs a step again for, and how often. */
class DeadlockRetryTest extends TestCase
{
    public function testADeadlockVictimRunsAgainAndItsResultIsReturned(): void
    {
        $calls = 0;
        $result = DeadlockRetry::run(function () use (&$calls) {
            if (++$calls < 3) {
                throw self::queryError('40001', 1213, 'Deadlock found when trying to get lock');
            }

            return 'done';
        });

        $this->assertSame(['done', 3], [$result, $calls]);
    }

    public function testALockWaitTimeoutIsRetriedToo(): void
    {
        $calls = 0;
        DeadlockRetry::run(function () use (&$calls) {
            if (++$calls === 1) {
                throw self::queryError('HY000', 1205, 'Lock wait timeout exceeded');
            }
        });

        $this->assertSame(2, $calls);
    }

    public function testItGivesUpAfterItsTriesWithTheLastDeadlock(): void
    {
        $calls = 0;
        try {
            DeadlockRetry::run(function () use (&$calls) {
                ++$calls;
                throw self::queryError('40001', 1213, 'Deadlock found when trying to get lock');
            }, tries: 3);
            $this->fail('the deadlock was swallowed');
        } catch (QueryException $e) {
            $this->assertTrue(DeadlockRetry::isDeadlock($e));
        }

        $this->assertSame(3, $calls);
    }

    public function testAnyOtherDatabaseErrorIsThrownAtOnce(): void
    {
        $calls = 0;
        try {
            DeadlockRetry::run(function () use (&$calls) {
                ++$calls;
                throw self::queryError('23000', 1062, "Duplicate entry 'x' for key 'PRIMARY'");
            });
            $this->fail('the duplicate key error was swallowed');
        } catch (QueryException) {
        }

        $this->assertSame(1, $calls);
        $this->assertFalse(DeadlockRetry::isDeadlock(new \RuntimeException('Deadlock found when trying to get lock')));
    }

    private static function queryError(string $sqlState, int $code, string $message): QueryException
    {
        $pdo = new \PDOException("SQLSTATE[{$sqlState}]: {$message}");
        $pdo->errorInfo = [$sqlState, $code, $message];

        return new QueryException('mysql', 'update tiergate_subscriptions set state = ?', [], $pdo);
    }
}
