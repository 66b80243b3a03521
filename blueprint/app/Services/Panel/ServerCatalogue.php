<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel;

use Illuminate\Support\Facades\DB;
use Illuminate\Database\Query\Builder;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\ServerFacts;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Database\TableMarks;

/** Every server of the panel, as the facts a selector may look at (one query). */
class ServerCatalogue
{
    /** @return ServerFacts[] */
    public function all(): array
    {
        return DB::table('servers')
            ->join('nodes', 'nodes.id', '=', 'servers.node_id')
            ->orderBy('servers.id')
            ->get(['servers.id', 'servers.uuid', 'servers.name', 'servers.node_id', 'nodes.location_id', 'servers.nest_id', 'servers.egg_id', 'servers.owner_id', 'servers.created_at'])
            ->map(fn ($s) => new ServerFacts((int) $s->id, (int) $s->node_id, (int) $s->location_id, (int) $s->nest_id, (int) $s->egg_id, (int) $s->owner_id, new \DateTimeImmutable($s->created_at ?? '1970-01-01'), (string) $s->uuid, (string) $s->name))
            ->all();
    }

    /**
     * The tables all() reads, marked (TableMarks), for ReconcileInputs' fingerprint.
     *
     * @return Builder[]
     */
    public function changeMarks(): array
    {
        return [TableMarks::of('servers'), TableMarks::of('nodes')];
    }
}
