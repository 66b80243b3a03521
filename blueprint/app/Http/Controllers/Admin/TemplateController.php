<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Controllers\Admin;

use Illuminate\Http\Response;
use Illuminate\Http\JsonResponse;
use Pterodactyl\Facades\Activity;
use Pterodactyl\Http\Controllers\Controller;
use Illuminate\Http\Exceptions\HttpResponseException;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\RoleTemplate;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Support\AdminRecord;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel\ServerCatalogue;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Transformers\TemplateTransformer;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Requests\TemplateSaveRequest;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Exceptions\TemplateRefusedException;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Templates\TemplateSaveService;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Templates\CommandPreviewService;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Templates\TemplateDeletionService;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Requests\TemplateCommandPreviewRequest;

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

    /** One template (a deep link: `#/templates/{id}`). */
    public function show(string $template): JsonResponse
    {
        return new JsonResponse($this->transformer->transform(AdminRecord::find(RoleTemplate::class, $template, 'role template')->load('products'), $this->servers->all()));
    }

    public function store(TemplateSaveRequest $request, TemplateSaveService $service): JsonResponse
    {
        $template = self::refusalsAre422(fn () => $service->handle($request->template()));
        Activity::event('tiergate:template.create')->property('key', $template->key)->log();

        return new JsonResponse($this->transformer->transform($template->load('products'), $this->servers->all()), 201);
    }

    public function update(TemplateSaveRequest $request, string $template, TemplateSaveService $service): JsonResponse
    {
        $template = AdminRecord::find(RoleTemplate::class, $template, 'role template');
        $data = $request->template() + $template->only(['key', 'name', 'selector', 'permissions', 'game_actions']);
        $template = self::refusalsAre422(fn () => $service->handle($data, $template));
        Activity::event('tiergate:template.update')->property('key', $template->key)->log();

        return new JsonResponse($this->transformer->transform($template->load('products'), $this->servers->all()));
    }

    /** The exact commands an unsaved template's in-game actions would send for a sample player, per server. */
    public function commandPreview(TemplateCommandPreviewRequest $request, CommandPreviewService $service): JsonResponse
    {
        return new JsonResponse($service->handle(
            $request->selector(),
            (string) $request->validated('key'),
            (string) $request->validated('name'),
            $request->actions(),
            (string) $request->validated('player'),
        ));
    }

    public function destroy(string $template, TemplateDeletionService $service): Response
    {
        $template = AdminRecord::find(RoleTemplate::class, $template, 'role template');
        $service->handle($template);
        Activity::event('tiergate:template.delete')->property('key', $template->key)->log();

        return response()->noContent();
    }

    /** The admin API's 422 shape (contract/admin.ts), every refused field named. */
    private static function refusalsAre422(\Closure $save): RoleTemplate
    {
        try {
            return $save();
        } catch (TemplateRefusedException $e) {
            throw new HttpResponseException(new JsonResponse(['message' => array_values($e->errors)[0] ?? $e->getMessage(), 'errors' => array_map(fn (string $reason) => [$reason], $e->errors)], 422));
        }
    }
}
