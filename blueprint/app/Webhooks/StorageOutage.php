<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Webhooks;

use Illuminate\Database\DetectsLostConnections;
use Illuminate\Database\LostConnectionException;

/**
 * Tells a database outage (worth a 503 and a retry: it passes) from an error in Tiergate's own code (a retry would
 * fail the same way). Only connection-level SQLSTATEs and MariaDB/MySQL errors that go away by themselves count.
 */
final class StorageOutage
{
    use DetectsLostConnections;

    /** MariaDB/MySQL error numbers of a server that is down, restarting, overloaded, full or read-only. */
    private const TRANSIENT = [
        1021, 1040, 1041, 1053, 1114, 1205, 1213, 1290, 1317, 1836, 1927, 2002, 2003, 2005, 2006, 2013, 2055,
    ];

    public static function causedBy(\Throwable $e): bool
    {
        $detector = new self();
        for ($cause = $e; $cause !== null; $cause = $cause->getPrevious()) {
            if ($cause instanceof LostConnectionException || $detector->causedByLostConnection($cause)) {
                return true;
            }
            if ($cause instanceof \PDOException && self::isTransient($cause)) {
                return true;
            }
        }

        return false;
    }

    private static function isTransient(\PDOException $e): bool
    {
        $sqlState = (string) ($e->errorInfo[0] ?? $e->getCode());
        $driverCode = (int) ($e->errorInfo[1] ?? 0);

        // SQLSTATE class 08 is "connection exception"; a refused connection arrives as HY000 with its code only.
        return str_starts_with($sqlState, '08') || in_array($driverCode, self::TRANSIENT, true)
            || in_array((int) $e->getCode(), self::TRANSIENT, true);
    }
}
