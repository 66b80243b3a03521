<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Templates;

use Illuminate\Support\Facades\DB;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\RoleTemplate;

/**
 * Imports templates and product mappings from a JSON document (configuration as code). Selectors may name
 * panel objects instead of giving ids: servers by external id or name, nodes and eggs and nests by name,
 * locations by short code, owners by username. A name that matches nothing is an error, never a guess.
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
