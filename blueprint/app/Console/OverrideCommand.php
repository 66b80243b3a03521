<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Console;

use Carbon\CarbonImmutable;
use Illuminate\Console\Command;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\Trigger;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\SubscriberLookup;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\SubscriberOverrideService;

/**
 * `tiergate:grant|suspend {subscriber} [--until=]` set a manual override that beats billing state until it
 * expires; `tiergate:resume {subscriber}` removes it. Each applies at once.
 */
class OverrideCommand
{
    public function __construct(private SubscriberOverrideService $overrides, private SubscriberLookup $lookup)
    {
    }

    public function handle(Command $command, string $kind): void
    {
        $customerId = $this->lookup->customerId((string) $command->argument('subscriber'));
        $until = $kind !== SubscriberOverrideService::RESUME && $command->option('until') ? CarbonImmutable::parse($command->option('until')) : null;
        $result = $this->overrides->handle($customerId, $kind, $until, Trigger::command("tiergate:{$kind}"));

        foreach ($result->plan as $change) {
            $command->line($change->describe() . '  (' . ($result->outcomes[$change->serverId] ?? '?') . ')');
        }
        $command->info(match ($kind) {
            'grant' => "Access granted to {$customerId} " . ($until ? "until {$until->toIso8601String()}" : 'until resumed') . '.',
            'suspend' => "{$customerId} suspended " . ($until ? "until {$until->toIso8601String()}" : 'until resumed') . '.',
            default => "{$customerId} follows billing again.",
        });
    }
}
