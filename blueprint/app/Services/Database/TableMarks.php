<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Database;

use Illuminate\Support\Facades\DB;
use Illuminate\Database\Query\Builder;

/**
 * What a table looks like from outside, in one row: its row count, highest id and newest timestamps. A row added,
 * deleted or saved through a model changes it (ReconcileInputs' fingerprint).
 */
final class TableMarks
{
    private const EPOCH = '1970-01-01 00:00:00';

    public static function of(string $table): Builder
    {
        return DB::table($table)->selectRaw(
            "? AS part, CONCAT_WS('/', COUNT(*), MAX(id), MAX(updated_at), MAX(created_at)) AS mark, GREATEST(COALESCE(MAX(updated_at), ?), COALESCE(MAX(created_at), ?)) AS newest",
            [$table, self::EPOCH, self::EPOCH],
        );
    }
}
