<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine;

use Illuminate\Database\ConnectionInterface;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Exceptions\SubscriberBusyException;

/**
 * One reconcile per customer at a time, held as a MariaDB/MySQL named lock (GET_LOCK) on the connection that does
 * the work. The server drops it the moment that connection ends, so a worker or php-fpm child killed mid-reconcile
 * frees its customers at once; a cache lock with a TTL stayed for minutes, and a Redis restart let two in. The same
 * connection may take one name again (MariaDB 10.0.2+, MySQL 5.7.5+), so a caller already holding it can nest; this
 * process remembers what it holds, so a nested run does not ask again.
 */
class SubscriberLock
{
    /** How long admin actions and commands wait for a live holder; queued jobs and the after-response pass never wait. */
    public const WAIT_SECONDS = 10;

    /** @var array<string, true> names this process holds, by connection: a nested run needs no round trip */
    private static array $held = [];

    public function __construct(private ConnectionInterface $db)
    {
    }

    /** @throws SubscriberBusyException when another connection still holds it after $waitSeconds */
    public function run(string $customerId, int $waitSeconds, callable $work): mixed
    {
        $name = $this->name($customerId);
        $key = spl_object_id($this->db) . ':' . $name;
        if (isset(self::$held[$key])) {
            return $work();
        }
        if ((int) $this->db->selectOne('SELECT GET_LOCK(?, ?) AS got', [$name, $waitSeconds])->got !== 1) {
            throw SubscriberBusyException::for($customerId, $waitSeconds);
        }
        self::$held[$key] = true;
        try {
            return $work();
        } finally {
            unset(self::$held[$key]);
            $this->release($name);
        }
    }

    private function release(string $name): void
    {
        try {
            $this->db->selectOne('SELECT RELEASE_LOCK(?) AS released', [$name]);
        } catch (\Throwable) {
            // The connection is gone, and the server released the lock with it.
        }
    }

    /** Lock names are server-wide and at most 64 characters: the database name keeps two panels apart. */
    private function name(string $customerId): string
    {
        return 'tiergate:' . sha1($this->db->getDatabaseName() . "\0" . $customerId);
    }
}
