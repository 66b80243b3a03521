<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Controllers\Admin;

use Carbon\CarbonImmutable;
use Illuminate\Http\JsonResponse;
use Pterodactyl\Http\Controllers\Controller;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\ServerFacts;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel\ServerCatalogue;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel\PanelServerDirectory;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Requests\SelectorPreviewRequest;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Templates\PermissionCatalogue;

/** What the template editor can choose from, and which servers a selector matches right now. */
class CatalogueController extends Controller
{
    public function index(PermissionCatalogue $permissions, PanelServerDirectory $panel): JsonResponse
    {
        return new JsonResponse($panel->catalogue() + [
            'permissions' => collect($permissions->grouped())->map(fn ($definition, $group) => [
                'group' => $group,
                'description' => $definition['description'],
                'keys' => collect($definition['keys'])->map(fn ($description, $key) => ['key' => "{$group}.{$key}", 'description' => $description])->values()->all(),
            ])->values()->all(),
        ]);
    }

    /** An unsaved selector counts as saved now: `all` then matches every server that exists. */
    public function preview(SelectorPreviewRequest $request, ServerCatalogue $servers, PanelServerDirectory $panel): JsonResponse
    {
        $selector = $request->selector();
        $now = CarbonImmutable::now()->toDateTimeImmutable();
        $ids = array_map(fn (ServerFacts $s) => $s->id, array_filter($servers->all(), fn (ServerFacts $s) => $selector->matches($s, $now)));

        return new JsonResponse(['servers' => $panel->named($ids)]);
    }
}
