<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel;

use Illuminate\Support\Collection;
use Illuminate\Support\Facades\DB;
use Illuminate\Database\Query\Builder;

/** Reads the panel's servers and what they hang off (nodes, locations, nests, eggs, owners) for the admin page. */
class PanelServerDirectory
{
    /** A selector list's panel table, and the columns a name for one of its rows may be in. */
    private const SELECTOR_NAMES = [
        'servers' => ['servers', ['external_id', 'name']],
        'exclude' => ['servers', ['external_id', 'name']],
        'nodes' => ['nodes', ['name']],
        'locations' => ['locations', ['short']],
        'nests' => ['nests', ['name']],
        'eggs' => ['eggs', ['name']],
        'owners' => ['users', ['username']],
    ];

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
     * The newest server creation or edit and node edit, as one-column selects for the caller to union with other
     * change times (one query in all): a plan's server facts come from these tables.
     *
     * @return Builder[]
     */
    public function lastChanges(): array
    {
        return [
            DB::table('servers')->selectRaw('MAX(updated_at)'),
            DB::table('servers')->selectRaw('MAX(created_at)'),
            DB::table('nodes')->selectRaw('MAX(updated_at)'),
        ];
    }

    /**
     * The uuid of the server whose uuid, external id or name is $text, if any.
     */
    public function uuidNamed(string $text): ?string
    {
        $uuid = DB::table('servers')->where('uuid', $text)->orWhere('external_id', $text)->orWhere('name', $text)
            ->value('uuid');

        return $uuid === null ? null : (string) $uuid;
    }

    /** @return string[] the selector lists whose entries may be names (selectorId()) */
    public function selectorLists(): array
    {
        return array_keys(self::SELECTOR_NAMES);
    }

    /**
     * The id of the panel object a selector list names $text: servers by external id or name, nodes, eggs and nests
     * by name, locations by short code, owners by username.
     */
    public function selectorId(string $list, mixed $name): ?int
    {
        [$table, $columns] = self::SELECTOR_NAMES[$list];
        $query = DB::table($table);
        foreach ($columns as $column) {
            $query->orWhere($column, $name);
        }
        $id = $query->value('id');

        return $id === null ? null : (int) $id;
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
