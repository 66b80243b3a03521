<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Controllers\Admin;

use Carbon\CarbonImmutable;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\DB;
use Illuminate\Validation\ValidationException;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\ServerFacts;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\ServerSelector;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\ServerCatalogue;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Templates\PermissionCatalogue;
use Pterodactyl\Http\Controllers\Controller;

/** What the template editor can choose from, and which servers a selector matches right now. */
class CatalogueController extends Controller
{
    public function index(PermissionCatalogue $permissions): JsonResponse
    {
        return new JsonResponse([
            'servers' => DB::table('servers')->orderBy('name')->get(['id', 'name', 'external_id', 'node_id', 'egg_id', 'owner_id']),
            'nodes' => DB::table('nodes')->orderBy('name')->get(['id', 'name']),
            'locations' => DB::table('locations')->orderBy('short')->get(['id', 'short', 'long']),
            'nests' => DB::table('nests')->orderBy('name')->get(['id', 'name']),
            'eggs' => DB::table('eggs')->orderBy('name')->get(['id', 'name', 'nest_id']),
            'owners' => DB::table('users')->whereIn('id', DB::table('servers')->select('owner_id'))->orderBy('username')->get(['id', 'username']),
            'permissions' => collect($permissions->grouped())->map(fn ($definition, $group) => [
                'group' => $group,
                'description' => $definition['description'],
                'keys' => collect($definition['keys'])->map(fn ($description, $key) => ['key' => "{$group}.{$key}", 'description' => $description])->values()->all(),
            ])->values()->all(),
        ]);
    }

    /** An unsaved selector counts as saved now: `all` then matches every server that exists. */
    public function preview(Request $request, ServerCatalogue $servers): JsonResponse
    {
        try {
            $selector = ServerSelector::fromArray((array) $request->input('selector', []));
        } catch (\InvalidArgumentException $e) {
            throw ValidationException::withMessages(['selector' => $e->getMessage()]);
        }
        $now = CarbonImmutable::now()->toDateTimeImmutable();
        $ids = array_map(fn (ServerFacts $s) => $s->id, array_filter($servers->all(), fn (ServerFacts $s) => $selector->matches($s, $now)));

        return new JsonResponse(['servers' => DB::table('servers')->whereIn('id', $ids)->orderBy('name')->get(['id', 'name'])]);
    }
}
