<?php

namespace Pterodactyl\BlueprintFramework\Libraries\ExtensionLibrary;

use Illuminate\Support\Facades\DB;

/** As Blueprint's: small key/values in the panel's `settings` table under "<table>::<record>", serialize()d. */
class BlueprintBaseLibrary
{
    public function dbGet(string $table, string $record, mixed $default = null): mixed
    {
        $value = DB::table('settings')->where('key', "{$table}::{$record}")->value('value');

        return $value === null ? $default : unserialize($value);
    }

    public function dbGetMany(string $table, array $records = [], mixed $default = null): array
    {
        $out = [];
        foreach ($records as $record) {
            $out[$record] = $this->dbGet($table, $record, $default);
        }

        return $out;
    }

    public function dbSet(string $table, string $record, mixed $value): void
    {
        DB::table('settings')->updateOrInsert(['key' => "{$table}::{$record}"], ['value' => serialize($value)]);
    }

    public function dbSetMany(string $table, array $records): void
    {
        foreach ($records as $record => $value) {
            $this->dbSet($table, $record, $value);
        }
    }

    public function dbForget(string $table, string $record): bool
    {
        return DB::table('settings')->where('key', "{$table}::{$record}")->delete() > 0;
    }
}
