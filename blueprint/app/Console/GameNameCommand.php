<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Console;

use Illuminate\Console\Command;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\GameCommandQuery;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\SubscriberLookup;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\GameNameOverrideService;

/**
 * `tiergate:game-name {subscriber} {name?} {--clear}`: sets or clears an admin's correction of a subscriber's
 * in-game name and applies it at once; with neither, shows the name from billing, the correction and the one in use.
 */
class GameNameCommand
{
    public function __construct(private GameNameOverrideService $names, private GameCommandQuery $query, private SubscriberLookup $lookup)
    {
    }

    /** Refusals throw, so the generated artisan command exits 1 with the reason (Blueprint drops a return value). */
    public function handle(Command $command): void
    {
        $customerId = $this->lookup->customerId((string) $command->argument('subscriber'));
        $name = $command->argument('name');
        if ($name !== null && $command->option('clear')) {
            throw new \InvalidArgumentException('Give a name or --clear, not both.');
        }
        if ($name !== null || $command->option('clear')) {
            $this->names->set($customerId, $name === null ? null : (string) $name, 'tiergate:game-name');
        }

        $player = $this->query->player($customerId);
        $command->line(sprintf('from billing: %s', $player['payload'] ?? '(none)'));
        $command->line(sprintf('correction:   %s', $player['override'] === null ? '(none)' : "{$player['override']} (while billing says " . ($player['override_base'] ?? 'nothing') . ')'));
        $command->info(sprintf('in use:       %s', $player['effective'] ?? '(none: no in-game commands run)'));
    }
}
