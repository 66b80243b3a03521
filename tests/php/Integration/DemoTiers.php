<?php

namespace Tiergate\Tests\Integration;

use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Templates\TierImportService;

/** The demo's six role templates and ten product mappings (tools/demo/tiers.json), as `tiergate:import` loads them. */
final class DemoTiers
{
    public static function import(): void
    {
        app(TierImportService::class)->handle(json_decode(file_get_contents(dirname(__DIR__, 3) . '/tools/demo/tiers.json'), true));
    }
}
