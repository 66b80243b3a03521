<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Transformers;

/** One product (contract/admin.ts ProductWire), from a ProductQuery row. */
class ProductTransformer
{
    /**
     * @param array{product_key: string, product_name: ?string, template: ?\Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\RoleTemplate, subscribers: int, unmapped: bool, ignored_at: ?string, ignored_reason: ?string} $p
     *
     * @return array<string, mixed>
     */
    public function transform(array $p): array
    {
        return [
            'product_key' => $p['product_key'],
            'product_name' => $p['product_name'],
            'template_key' => $p['template']?->key,
            'template_name' => $p['template']?->name,
            'subscribers' => $p['subscribers'],
            'unmapped' => $p['unmapped'],
            'ignored' => $p['ignored_at'] !== null,
            'ignored_reason' => $p['ignored_reason'],
        ];
    }
}
