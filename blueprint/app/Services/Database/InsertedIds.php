<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Database;

use Illuminate\Database\Connection;

/**
 * The ids one multi-row INSERT … VALUES just took, in the order of its rows. InnoDB gives such an insert consecutive
 * ids, auto_increment_increment apart, when innodb_autoinc_lock_mode is 0 or 1 (MariaDB's default is 1); under 2
 * (MySQL 8's default, and Galera's) other inserts may take ids in between, so they are read back instead.
 */
class InsertedIds
{
    /** @var array<string, int|null> connection name → the step between ids, null when they must be read back */
    private static array $steps = [];

    public function __construct(private Connection $db)
    {
    }

    /**
     * @param callable(int): list<int> $readBack given the first id, the ids the insert took, in the order of its rows
     *
     * @return list<int>
     */
    public function of(int $count, callable $readBack): array
    {
        $first = (int) $this->db->getPdo()->lastInsertId();
        $step = $this->step();

        return $step === null ? $readBack($first) : range($first, $first + ($count - 1) * $step, $step);
    }

    private function step(): ?int
    {
        $name = (string) $this->db->getName();
        if (!array_key_exists($name, self::$steps)) {
            $row = $this->db->selectOne('SELECT @@innodb_autoinc_lock_mode AS lock_mode, @@auto_increment_increment AS step');
            self::$steps[$name] = in_array((int) $row->lock_mode, [0, 1], true) ? max(1, (int) $row->step) : null;
        }

        return self::$steps[$name];
    }
}
