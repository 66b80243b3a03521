<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Controllers\Admin;

use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Http\Response;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Support\AdminRecord;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\RoleTemplate;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\ServerCatalogue;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Templates\TemplateDeletionService;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Templates\TemplateSaveService;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Transformers\TemplateTransformer;
use Pterodactyl\Facades\Activity;
use Pterodactyl\Http\Controllers\Controller;

class TemplateController extends Controller
{
    public function __construct(private TemplateTransformer $transformer, private ServerCatalogue $servers)
    {
    }

    public function index(): JsonResponse
    {
        $servers = $this->servers->all();

        return new JsonResponse(['data' => RoleTemplate::query()->with('products')->orderBy('name')->get()
            ->map(fn (RoleTemplate $t) => $this->transformer->transform($t, $servers))->all()]);
    }

    public function store(Request $request, TemplateSaveService $service): JsonResponse
    {
        $template = $service->handle($request->only(['key', 'name', 'selector', 'permissions']));
        Activity::event('tiergate:template.create')->property('key', $template->key)->log();

        return new JsonResponse($this->transformer->transform($template->load('products'), $this->servers->all()), 201);
    }

    public function update(Request $request, string $template, TemplateSaveService $service): JsonResponse
    {
        $template = AdminRecord::find(RoleTemplate::class, $template, 'role template');
        $template = $service->handle($request->only(['key', 'name', 'selector', 'permissions', 'include_new_servers']) + $template->only(['key', 'name', 'selector', 'permissions']), $template);
        Activity::event('tiergate:template.update')->property('key', $template->key)->log();

        return new JsonResponse($this->transformer->transform($template->load('products'), $this->servers->all()));
    }

    public function destroy(string $template, TemplateDeletionService $service): Response
    {
        $template = AdminRecord::find(RoleTemplate::class, $template, 'role template');
        $service->handle($template);
        Activity::event('tiergate:template.delete')->property('key', $template->key)->log();

        return response()->noContent();
    }
}
