<?php

namespace Pterodactyl\BlueprintFramework\Libraries\ExtensionLibrary\Admin;

use Pterodactyl\BlueprintFramework\Libraries\ExtensionLibrary\BlueprintBaseLibrary;

class BlueprintAdminLibrary extends BlueprintBaseLibrary
{
    public function alert(string $type, string $message): void
    {
        session()->flash('blueprint.alerts', [...session('blueprint.alerts', []), ['type' => $type, 'message' => $message]]);
    }

    public function importScript(string $url): string
    {
        return '<script src="' . e($url) . '?v=' . $this->cacheKey() . '"></script>';
    }

    public function importStylesheet(string $url): string
    {
        return '<link rel="stylesheet" href="' . e($url) . '?v=' . $this->cacheKey() . '">';
    }

    private function cacheKey(): string
    {
        return substr(md5((string) @filemtime(base_path('.blueprint/extensions/blueprint/private/db/installed_extensions'))), 0, 8);
    }
}
