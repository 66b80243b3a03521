<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel;

use Illuminate\Support\Facades\DB;

/** How other systems know a panel server: its uuid and name (one query). */
class ServerIdentities
{
    /**
     * @param int[] $serverIds
     *
     * @return list<array{uuid: string, name: string}> sorted by name, then uuid
     */
    public function of(array $serverIds): array
    {
        if ($serverIds === []) {
            return [];
        }

        return DB::table('servers')->whereIn('id', $serverIds)->orderBy('name')->orderBy('uuid')->get(['uuid', 'name'])
            ->map(fn ($s) => ['uuid' => (string) $s->uuid, 'name' => (string) $s->name])->values()->all();
    }
}
