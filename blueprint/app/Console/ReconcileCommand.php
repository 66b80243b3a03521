<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Console;

use Illuminate\Console\Command;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\CustomerReconciliationService;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\SubscriberLookup;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\Trigger;

/** `php artisan tiergate:reconcile [--subscriber=] [--dry-run]`: applies (or prints) the plan now, in this process. */
class ReconcileCommand
{
    public function __construct(private CustomerReconciliationService $service, private SubscriberLookup $lookup)
    {
    }

    public function handle(Command $command): void
    {
        $subscriber = $command->option('subscriber');
        $customers = $subscriber ? [$this->lookup->customerId($subscriber)] : $this->lookup->all();
        $dryRun = (bool) $command->option('dry-run');
        $changes = 0;
        $failed = 0;

        foreach ($customers as $i => $customerId) {
            try {
                $result = $this->service->handle($customerId, Trigger::command('tiergate:reconcile'), $dryRun);
            } catch (\Throwable $e) {
                report($e);
                $command->error("{$customerId}: {$e->getMessage()}");
                $failed++;
                continue;
            }
            foreach ($result->plan as $change) {
                $outcome = $dryRun ? 'planned' : ($result->outcomes[$change->serverId] ?? '?');
                $command->line(sprintf('%s  %s  (%s)', $customerId, $change->describe(), $outcome));
            }
            $changes += count($result->plan);
            $failed += count($result->failed());
            if (!$subscriber && ($i + 1) % 100 === 0) {
                $command->comment(sprintf('… %d of %d subscribers', $i + 1, count($customers)));
            }
        }

        $command->info(sprintf('%d subscriber(s), %d change(s) %s%s.', count($customers), $changes, $dryRun ? 'planned (dry run: nothing was applied)' : 'applied', $failed ? ", {$failed} failed" : ''));
        if ($failed > 0) {
            throw new \RuntimeException("{$failed} change(s) failed; see the provisioning log.");
        }
    }
}
