<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Console;

use Carbon\CarbonImmutable;
use Illuminate\Console\Command;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\Override;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\AdminOverride;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\CustomerReconciliationService;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\SubscriberLookup;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\Trigger;

/**
 * `tiergate:grant|suspend {subscriber} [--until=]` set a manual override that beats billing state until it
 * expires; `tiergate:resume {subscriber}` removes it. Each applies at once.
 */
class OverrideCommand
{
    public function __construct(private CustomerReconciliationService $service, private SubscriberLookup $lookup)
    {
    }

    public function handle(Command $command, string $kind): void
    {
        $customerId = $this->lookup->customerId((string) $command->argument('subscriber'));
        if ($kind === 'resume') {
            AdminOverride::query()->where('customer_id', $customerId)->delete();
        } else {
            $until = $command->option('until') ? CarbonImmutable::parse($command->option('until')) : null;
            if ($until !== null && $until->isPast()) {
                throw new \InvalidArgumentException('--until is in the past.');
            }
            new Override($kind, $until?->toDateTimeImmutable());
            AdminOverride::query()->updateOrCreate(['customer_id' => $customerId], ['kind' => $kind, 'until' => $until, 'reason' => "tiergate:{$kind}"]);
        }

        $result = $this->service->handle($customerId, Trigger::command("tiergate:{$kind}"));
        foreach ($result->plan as $change) {
            $command->line($change->describe() . '  (' . ($result->outcomes[$change->serverId] ?? '?') . ')');
        }
        $command->info(match ($kind) {
            'grant' => "Access granted to {$customerId}" . ($command->option('until') ? ' until ' . $command->option('until') : ' until resumed') . '.',
            'suspend' => "{$customerId} suspended" . ($command->option('until') ? ' until ' . $command->option('until') : ' until resumed') . '.',
            default => "{$customerId} follows billing again.",
        });
    }
}
