<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Products;

use Carbon\CarbonImmutable;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\ProductMapping;

/**
 * Ignores a product Tiergate is not meant to grant for (or stops ignoring it): it then no longer counts as needing
 * attention. Its subscribers still get nothing, exactly as while it was unmapped; mapping it later still works.
 */
class ProductIgnoreService
{
    public function ignore(string $productKey, string $reason): ProductMapping
    {
        /** @var ProductMapping $mapping */
        $mapping = ProductMapping::query()->firstOrNew(['product_key' => $productKey]);
        $mapping->setAttribute('ignored_at', CarbonImmutable::now());
        $mapping->setAttribute('ignored_reason', $reason);
        $mapping->save();

        return $mapping;
    }

    public function unignore(string $productKey): void
    {
        ProductMapping::query()->where('product_key', $productKey)->update(['ignored_at' => null, 'ignored_reason' => null]);
    }
}
