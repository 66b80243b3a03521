<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Templates;

use Illuminate\Support\Facades\DB;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\RoleTemplate;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel\PanelServerDirectory;

/**
 * Imports templates and product mappings from a JSON document (configuration as code). Selectors may name
 * panel objects instead of giving ids: servers by external id or name, nodes and eggs and nests by name,
 * locations by short code, owners by username; an in-game action's servers by uuid, external id or name. A name that
 * matches nothing is an error, never a guess.
 */
class TierImportService
{
    public function __construct(
        private TemplateSaveService $templates,
        private ProductMappingService $products,
        private PanelServerDirectory $panel,
    ) {
    }

    /**
     * @param array<string, mixed> $document
     *
     * @return array{templates: int, products: int}
     */
    public function handle(array $document): array
    {
        return DB::transaction(function () use ($document) {
            foreach ($document['templates'] ?? [] as $data) {
                $data['selector'] = $this->resolve((array) ($data['selector'] ?? []));
                // The document is the whole template: no game_actions means none (re-importing tiers.json after
                // the demo added actions takes them away again).
                $data['game_actions'] = is_array($data['game_actions'] ?? null) ? array_map($this->resolveActionServers(...), $data['game_actions']) : ($data['game_actions'] ?? []);
                $this->templates->handle($data, RoleTemplate::query()->where('key', $data['key'] ?? '')->first());
            }
            foreach ($document['products'] ?? [] as $productKey => $templateKey) {
                $template = $templateKey === null ? null : RoleTemplate::query()->where('key', $templateKey)->first()
                    ?? throw new \InvalidArgumentException("Product {$productKey} maps to an unknown template {$templateKey}.");
                $this->products->handle((string) $productKey, $template);
            }

            return ['templates' => count($document['templates'] ?? []), 'products' => count($document['products'] ?? [])];
        });
    }

    /** An in-game action's servers may be named (external id or name) instead of given as uuids. */
    private function resolveActionServers(mixed $action): mixed
    {
        if (!is_array($action) || !is_array($action['servers'] ?? null)) {
            return $action;
        }
        $action['servers'] = array_map(fn ($value) => is_string($value) ? ($this->panel->uuidNamed($value)
            ?? throw new \InvalidArgumentException("An in-game action names the server \"{$value}\", which is not on this panel.")) : $value, $action['servers']);

        return $action;
    }

    /**
     * @param array<string, mixed> $selector
     *
     * @return array<string, mixed>
     */
    private function resolve(array $selector): array
    {
        foreach ($this->panel->selectorLists() as $list) {
            $selector[$list] = array_map(function ($value) use ($list) {
                if (is_int($value)) {
                    return $value;
                }

                return $this->panel->selectorId($list, $value)
                    ?? throw new \InvalidArgumentException("The selector's {$list} names \"{$value}\", which is not on this panel.");
            }, $selector[$list] ?? []);
        }

        return array_filter($selector, fn ($v) => $v !== []);
    }
}
