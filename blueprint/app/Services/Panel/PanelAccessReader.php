<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel;

use Pterodactyl\Models\Subuser;
use Illuminate\Support\Collection;
use Illuminate\Support\Facades\DB;
use Illuminate\Database\Query\Builder;

/** The panel's subuser rows as they are: one account's, whoever made them, and those Tiergate's grants point at. */
class PanelAccessReader
{
    /** @return array<int, array{server_id: int, server_name: string, permissions: string[], managed_by_tiergate: bool}> */
    public function forUser(int $userId): array
    {
        $managed = DB::table('tiergate_grants')->where('user_id', $userId)->whereNotNull('subuser_id')->pluck('subuser_id')->flip();

        return DB::table('subusers')->join('servers', 'servers.id', '=', 'subusers.server_id')
            ->where('subusers.user_id', $userId)->orderBy('servers.name')
            ->get(['subusers.id', 'subusers.server_id', 'servers.name', 'subusers.permissions'])
            ->map(fn ($row) => [
                'server_id' => (int) $row->server_id,
                'server_name' => $row->name,
                'permissions' => json_decode($row->permissions, true) ?: [],
                'managed_by_tiergate' => $managed->has($row->id),
            ])->all();
    }

    /**
     * @param int[] $ids
     *
     * @return Collection<int, Subuser> by id
     */
    public function subusers(array $ids): Collection
    {
        return Subuser::query()->whereIn('id', $ids)->get()->keyBy('id');
    }

    /**
     * Adds to a query over `tiergate_grants` the subuser row each grant points at (null columns when it is gone):
     * row_id, row_user_id, row_server_id, row_permissions. Joined, so a whole chunk's drift check stays one query.
     */
    public function joinGrantRows(Builder $grants): Builder
    {
        return $grants->leftJoin('subusers', 'subusers.id', '=', 'tiergate_grants.subuser_id')
            ->addSelect([
                'subusers.id as row_id', 'subusers.user_id as row_user_id', 'subusers.server_id as row_server_id',
                'subusers.permissions as row_permissions',
            ]);
    }

    /**
     * @param int[] $serverIds
     *
     * @return array<int, string> id → name
     */
    public function serverNames(array $serverIds): array
    {
        return DB::table('servers')->whereIn('id', $serverIds)->pluck('name', 'id')->all();
    }
}
