<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel;

use Illuminate\Support\Facades\DB;

/** What the panel itself holds for one account right now: every subuser row, whoever made it, with server names. */
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
     * @param int[] $serverIds
     * @return array<int, string> id → name
     */
    public function serverNames(array $serverIds): array
    {
        return DB::table('servers')->whereIn('id', $serverIds)->pluck('name', 'id')->all();
    }
}
