<?php

namespace Tiergate\Tests\Unit\Webhooks;

use Tiergate\Tests\TestCase;
use Illuminate\Database\QueryException;
use PHPUnit\Framework\Attributes\DataProvider;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Webhooks\StorageOutage;

/** Which failures are a database outage (503, retry) and which are a bug in Tiergate (422, do not loop forever). */
class StorageOutageTest extends TestCase
{
    private static function pdo(string $sqlState, int $driverCode, string $message, int|string $code = 0): \PDOException
    {
        $e = new \PDOException($message, is_int($code) ? $code : 0);
        $e->errorInfo = [$sqlState, $driverCode, $message];

        return $e;
    }

    public static function outages(): array
    {
        return [
            'connection refused, as PDO reports it on connect' => [new \PDOException('SQLSTATE[HY000] [2002] Connection refused', 2002)],
            'server has gone away' => [self::pdo('HY000', 2006, 'MySQL server has gone away')],
            'lost connection during the query' => [self::pdo('HY000', 2013, 'Lost connection to MySQL server during query')],
            'SQLSTATE class 08' => [self::pdo('08S01', 1047, 'Communication link failure')],
            'too many connections' => [self::pdo('08004', 1040, 'Too many connections')],
            'a deadlock' => [self::pdo('40001', 1213, 'Deadlock found when trying to get lock')],
            'a lock wait timeout' => [self::pdo('HY000', 1205, 'Lock wait timeout exceeded')],
            'a read-only server' => [self::pdo('HY000', 1290, 'The MariaDB server is running with the --read-only option')],
            'wrapped in a QueryException' => [new QueryException('mysql', 'insert into t values (?)', [1], self::pdo('HY000', 2006, 'MySQL server has gone away'))],
            'as the previous of another exception' => [new \RuntimeException('store failed', 0, new \PDOException('SQLSTATE[HY000] [2002] Connection refused', 2002))],
        ];
    }

    public static function bugs(): array
    {
        return [
            'a duplicate key' => [new QueryException('mysql', 'insert', [], self::pdo('23000', 1062, "Duplicate entry 'x' for key 'webhook_id'"))],
            'a value too long for its column' => [new QueryException('mysql', 'insert', [], self::pdo('22001', 1406, 'Data too long for column'))],
            'an invalid datetime' => [new QueryException('mysql', 'insert', [], self::pdo('22007', 1292, 'Incorrect datetime value'))],
            'a missing column' => [new QueryException('mysql', 'select', [], self::pdo('42S22', 1054, "Unknown column 'x'"))],
            'JSON that cannot be encoded' => [new \JsonException('Malformed UTF-8 characters, possibly incorrectly encoded', JSON_ERROR_UTF8)],
            'a type error' => [new \TypeError('Argument #1 must be of type string, null given')],
            'a bad setting' => [new \InvalidArgumentException('"x" is not an IP address or CIDR range')],
        ];
    }

    #[DataProvider('outages')]
    public function testADatabaseOutageIsRecognised(\Throwable $e): void
    {
        $this->assertTrue(StorageOutage::causedBy($e));
    }

    #[DataProvider('bugs')]
    public function testAnErrorInTiergateIsNotAnOutage(\Throwable $e): void
    {
        $this->assertFalse(StorageOutage::causedBy($e));
    }
}
