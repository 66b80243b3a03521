<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Transformers;

use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\ServerFacts;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\RoleTemplate;

class TemplateTransformer
{
    /**
     * @param ServerFacts[] $servers
     *
     * @return array<string, mixed>
     */
    public function transform(RoleTemplate $template, array $servers): array
    {
        $core = $template->toCore();

        return [
            'id' => $template->id,
            'key' => $template->key,
            'name' => $template->name,
            'selector' => $template->selector,
            'permissions' => $template->permissions,
            'game_actions' => array_map(fn (array $a) => ['label' => $a['label'] ?? '', 'grant' => $a['grant'] ?? null, 'revoke' => $a['revoke'] ?? null, 'servers' => $a['servers'] ?? null], $template->game_actions ?? []),
            'products' => $template->products->pluck('product_key')->sort()->values()->all(),
            'servers_matched' => count(array_filter($servers, fn (ServerFacts $s) => $core->selector->matches($s, $core->savedAt))),
            'servers_as_of' => $core->savedAt->format(DATE_ATOM),
            'updated_at' => $template->updated_at->toIso8601String(),
        ];
    }
}
