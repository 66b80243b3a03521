<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Support;

use Illuminate\Http\Request;
use Illuminate\Database\Query\Builder;
use Illuminate\Database\Eloquent\Builder as EloquentBuilder;

/**
 * Newest-first keyset pagination on `id`: a page costs one index range scan however deep it is, so the
 * provisioning log stays fast at millions of rows. The cursor is the last id the client saw.
 */
final class KeysetPage
{
    public const DEFAULT_SIZE = 50;
    public const MAX_SIZE = 200;

    /** @return array{data: list<mixed>, next_cursor: ?string} */
    public static function of(Builder|EloquentBuilder $query, Request $request, callable $transform, string $column = 'id'): array
    {
        $size = min(self::MAX_SIZE, max(1, (int) $request->query('limit', (string) self::DEFAULT_SIZE)));
        $cursor = $request->query('cursor');
        if ($cursor !== null && $cursor !== '') {
            if (!ctype_digit((string) $cursor)) {
                abort(422, 'The cursor is the next_cursor value of the previous page.');
            }
            $query->where($column, '<', (int) $cursor);
        }
        $rows = $query->orderByDesc($column)->limit($size + 1)->get();
        $more = $rows->count() > $size;
        $rows = $rows->take($size);

        return [
            'data' => $rows->map($transform)->values()->all(),
            'next_cursor' => $more ? (string) $rows->last()->{$column} : null,
        ];
    }
}
