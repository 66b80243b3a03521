<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel;

use Illuminate\Support\Collection;
use Illuminate\Support\Facades\DB;

/** Reads the panel's servers and what they hang off (nodes, locations, nests, eggs, owners) for the admin page. */
class PanelServerDirectory
{
    /** @return array<string, Collection<int, object>> what the template editor's selector can choose from */
    public function catalogue(): array
    {
        return [
            'servers' => DB::table('servers')->orderBy('name')->get(['id', 'name', 'external_id', 'node_id', 'egg_id', 'owner_id']),
            'nodes' => DB::table('nodes')->orderBy('name')->get(['id', 'name']),
            'locations' => DB::table('locations')->orderBy('short')->get(['id', 'short', 'long']),
            'nests' => DB::table('nests')->orderBy('name')->get(['id', 'name']),
            'eggs' => DB::table('eggs')->orderBy('name')->get(['id', 'name', 'nest_id']),
            'owners' => DB::table('users')->whereIn('id', DB::table('servers')->select('owner_id'))->orderBy('username')->get(['id', 'username']),
        ];
    }

    /**
     * @param int[] $ids
     *
     * @return array<int, array{id: int, name: string}> by name
     */
    public function named(array $ids): array
    {
        return DB::table('servers')->whereIn('id', $ids)->orderBy('name')->get(['id', 'name'])
            ->map(fn ($s) => ['id' => (int) $s->id, 'name' => $s->name])->all();
    }

    /**
     * @param int[] $ids
     *
     * @return array<int, string> id → name
     */
    public function names(array $ids): array
    {
        $ids = array_values(array_unique(array_filter($ids)));

        return $ids === [] ? [] : DB::table('servers')->whereIn('id', $ids)->pluck('name', 'id')->all();
    }

    /** @return int[] servers whose name contains $text (case-insensitive) */
    public function idsNamed(string $text): array
    {
        return DB::table('servers')->where('name', 'like', '%' . addcslashes($text, '%_\\') . '%')
            ->pluck('id')->map(fn ($id) => (int) $id)->all();
    }
}
