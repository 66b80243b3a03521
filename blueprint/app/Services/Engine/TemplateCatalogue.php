<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine;

use Illuminate\Database\Eloquent\Collection;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\Template;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\RoleTemplate;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\ProductMapping;

/** The role templates, by key and by the products mapped to them. */
class TemplateCatalogue
{
    /** @return array{byProduct: array<string, Template>, byKey: array<string, Template>} */
    public function load(): array
    {
        /** @var Collection<int, RoleTemplate> $templates */
        $templates = RoleTemplate::query()->get();
        $byId = $templates->keyBy('id');
        $byKey = $byId->mapWithKeys(fn (RoleTemplate $t) => [$t->key => $t->toCore()])->all();
        $byProduct = ProductMapping::query()->whereNotNull('template_id')->get()
            ->mapWithKeys(fn (ProductMapping $p) => [$p->product_key => $byKey[$byId[$p->template_id]->key]])
            ->all();

        return ['byProduct' => $byProduct, 'byKey' => $byKey];
    }
}
