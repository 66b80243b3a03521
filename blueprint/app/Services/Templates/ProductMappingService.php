<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Templates;

use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\RoleTemplate;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\ProductMapping;

/** Maps a billing product to a role template (or unmaps it); subscribers of that product follow at once. */
class ProductMappingService
{
    public function __construct(private AccessChangeNotifier $notifier)
    {
    }

    public function handle(string $productKey, ?RoleTemplate $template): ProductMapping
    {
        if (trim($productKey) === '' || mb_strlen($productKey) > 191) {
            throw new \InvalidArgumentException('A product key is 1–191 characters (the product slug or id Paymenter sends).');
        }
        /** @var ProductMapping $mapping */
        $mapping = ProductMapping::query()->firstOrNew(['product_key' => $productKey]);
        $mapping->template_id = $template?->id;
        $changed = $mapping->isDirty();
        $mapping->save();
        if ($changed) {
            $this->notifier->productChanged($productKey);
        }

        return $mapping;
    }
}
