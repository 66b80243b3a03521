<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Database;

use Illuminate\Database\Connection;
use Illuminate\Database\ConnectionInterface;

/**
 * Runs work with the connection's prepared statements emulated by PDO, then puts the setting back. The panel's
 * connection uses native ones (Laravel's default), and mysqlnd sends each as a prepare and then an execute: two
 * round trips per statement where emulation needs one. A reconcile is some 25 statements, so this is most of its
 * time on a database over TCP. Results are typed the same either way (mysqlnd returns native ints and floats for
 * emulated statements since PHP 8.1), and Laravel binds integers as integers, so `LIMIT ?` stays valid.
 */
final class EmulatedPrepares
{
    /**
     * @template T
     *
     * @param callable(): T $work
     *
     * @return T
     */
    public static function during(ConnectionInterface $db, callable $work): mixed
    {
        if (!$db instanceof Connection) {
            return $work();
        }
        try {
            $pdo = $db->getPdo();
            $before = $pdo->getAttribute(\PDO::ATTR_EMULATE_PREPARES);
            $pdo->setAttribute(\PDO::ATTR_EMULATE_PREPARES, true);
        } catch (\Throwable) {
            return $work(); // no connection yet: the work's own first statement meets (and reports) the outage
        }
        try {
            return $work();
        } finally {
            try {
                $pdo->setAttribute(\PDO::ATTR_EMULATE_PREPARES, $before);
            } catch (\Throwable) {
                // a connection that died meanwhile is replaced by Laravel with the configured setting
            }
        }
    }
}
