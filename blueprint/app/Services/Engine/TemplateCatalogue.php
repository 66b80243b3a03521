<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine;

use Illuminate\Database\Query\Builder;
use Illuminate\Database\Eloquent\Collection;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\Template;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\RoleTemplate;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Database\TableMarks;

/** The role templates, by key and by the products mapped to them. */
class TemplateCatalogue
{
    /** @return array{byProduct: array<string, Template>, byKey: array<string, Template>} */
    public function load(): array
    {
        // One read: each template with each product mapped to it (a template no product maps to comes once, bare).
        /** @var Collection<int, RoleTemplate> $rows */
        $rows = RoleTemplate::query()
            ->leftJoin('tiergate_products', 'tiergate_products.template_id', '=', 'tiergate_templates.id')
            ->orderBy('tiergate_templates.id')
            ->get(['tiergate_templates.*', 'tiergate_products.product_key as mapped_product_key']);
        $byKey = [];
        $byProduct = [];
        foreach ($rows as $row) {
            $template = $byKey[$row->key] ??= $row->toCore();
            $productKey = $row->getAttribute('mapped_product_key');
            if ($productKey !== null) {
                $byProduct[$productKey] = $template;
            }
        }

        return ['byProduct' => $byProduct, 'byKey' => $byKey];
    }

    /**
     * The tables load() reads, marked (TableMarks), for ReconcileInputs' fingerprint.
     *
     * @return Builder[]
     */
    public function changeMarks(): array
    {
        return [TableMarks::of('tiergate_templates'), TableMarks::of('tiergate_products')];
    }
}
