<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Console;

use Illuminate\Console\Command;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Exceptions\TemplateRefusedException;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Templates\TierImportService;

/** `php artisan tiergate:import {file}`: templates and product mappings from JSON. */
class ImportCommand
{
    public function __construct(private TierImportService $import)
    {
    }

    public function handle(Command $command): void
    {
        $file = (string) $command->argument('file');
        if (!is_readable($file)) {
            throw new \InvalidArgumentException("Cannot read {$file}.");
        }
        try {
            $result = $this->import->handle(json_decode(file_get_contents($file), true, 32, JSON_THROW_ON_ERROR));
        } catch (TemplateRefusedException $e) {
            throw new \RuntimeException('The import was rolled back: ' . $e->getMessage());
        }
        $command->info("Imported {$result['templates']} template(s) and {$result['products']} product mapping(s).");
    }
}
