<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Templates;

use Pterodactyl\Models\Permission;

/** The panel's own subuser permission keys (Permission::permissions()), flattened to `group.key`. */
class PermissionCatalogue
{
    /** @return string[] */
    public function keys(): array
    {
        $keys = [];
        foreach (Permission::permissions() as $group => $definition) {
            foreach (array_keys($definition['keys']) as $key) {
                $keys[] = "{$group}.{$key}";
            }
        }

        return $keys;
    }

    /** @return array<string, array{description: string, keys: array<string, string>}> grouped as the panel groups them */
    public function grouped(): array
    {
        return Permission::permissions()->all();
    }
}
