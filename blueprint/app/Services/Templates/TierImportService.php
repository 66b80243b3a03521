<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Templates;

use Illuminate\Support\Facades\DB;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\RoleTemplate;

/**
 * Imports templates and product mappings from a JSON document (configuration as code). Selectors may name
 * panel objects instead of giving ids: servers by external id or name, nodes and eggs and nests by name,
 * locations by short code, owners by username; an in-game action's servers by uuid, external id or name. A name that
 * matches nothing is an error, never a guess.
 */
class TierImportService
{
    private const LOOKUPS = [
        'servers' => ['servers', ['external_id', 'name']],
        'exclude' => ['servers', ['external_id', 'name']],
        'nodes' => ['nodes', ['name']],
        'locations' => ['locations', ['short']],
        'nests' => ['nests', ['name']],
        'eggs' => ['eggs', ['name']],
        'owners' => ['users', ['username']],
    ];

    public function __construct(private TemplateSaveService $templates, private ProductMappingService $products)
    {
    }

    /** @return array{templates: int, products: int} */
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
        $action['servers'] = array_map(fn ($value) => is_string($value) ? (string) (DB::table('servers')->where('uuid', $value)->orWhere('external_id', $value)->orWhere('name', $value)->value('uuid')
            ?? throw new \InvalidArgumentException("An in-game action names the server \"{$value}\", which is not on this panel.")) : $value, $action['servers']);

        return $action;
    }

    private function resolve(array $selector): array
    {
        foreach (self::LOOKUPS as $list => [$table, $columns]) {
            $selector[$list] = array_map(function ($value) use ($list, $table, $columns) {
                if (is_int($value)) {
                    return $value;
                }
                $query = DB::table($table);
                foreach ($columns as $column) {
                    $query->orWhere($column, $value);
                }

                return (int) ($query->value('id') ?? throw new \InvalidArgumentException("The selector's {$list} names \"{$value}\", which is not on this panel."));
            }, $selector[$list] ?? []);
        }

        return array_filter($selector, fn ($v) => $v !== []);
    }
}
