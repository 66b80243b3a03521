<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Console;

use Carbon\CarbonImmutable;
use Illuminate\Console\Command;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\PlannedChange;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\Trigger;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\ChunkPrefetch;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\SubscriberLookup;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Queries\SubscriberLabels;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel\PanelServerDirectory;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\SubscriberReconciliationService;

/**
 * `php artisan tiergate:reconcile [--subscriber=] [--dry-run]`: applies (or prints) the plan now, in this process.
 * Each failing subscriber is named with its reason. A dry run only reports, so it exits 0; a real run that failed
 * somewhere exits 1. A run over everyone reads them in chunks first (ChunkPrefetch, as the scheduled full reconcile
 * does) and reconciles only those a reconcile could change anything for; --subscriber always reconciles that one.
 */
class ReconcileCommand
{
    public function __construct(
        private SubscriberReconciliationService $service,
        private SubscriberLookup $lookup,
        private SubscriberLabels $labels,
        private PanelServerDirectory $servers,
        private ChunkPrefetch $prefetch,
    ) {
    }

    public function handle(Command $command): void
    {
        $subscriber = $command->option('subscriber');
        $customers = $subscriber ? [$this->lookup->customerId($subscriber)] : $this->lookup->all();
        $dryRun = (bool) $command->option('dry-run');
        $everyone = count($customers);
        if (!$subscriber && !$dryRun) {
            $customers = $this->prefetch->needingReconcile($customers, CarbonImmutable::now());
        }
        $this->labels->load($customers);
        $changes = 0;
        /** @var array<string, string> $failures customer id → reason */
        $failures = [];

        foreach ($customers as $i => $customerId) {
            try {
                $result = $this->service->handle($customerId, Trigger::command('tiergate:reconcile'), $dryRun);
            } catch (\Throwable $e) {
                report($e);
                $failures[$customerId] = $e->getMessage();
                continue;
            }
            $names = $this->servers->names(array_map(fn (PlannedChange $c) => $c->serverId, $result->plan));
            foreach ($result->plan as $change) {
                $outcome = $dryRun ? 'planned' : ($result->outcomes[$change->serverId] ?? '?');
                $command->line(sprintf(
                    '%s  %s on %s: [%s] → [%s]  (%s)',
                    $this->labels->of($customerId),
                    $change->action,
                    $names[$change->serverId] ?? "server {$change->serverId}",
                    implode(', ', $change->before),
                    implode(', ', $change->after),
                    $outcome,
                ));
            }
            $changes += count($result->plan);
            if ($result->failed() !== []) {
                $failures[$customerId] = count($result->failed()) . ' change(s) failed; see the provisioning log';
            }
            if (!$subscriber && ($i + 1) % 100 === 0) {
                $command->comment(sprintf('… %d of %d subscribers', $i + 1, count($customers)));
            }
        }
        // A dry run tries nothing itself, so it reports what the last real attempt left behind.
        if ($dryRun) {
            foreach (array_intersect_key($this->labels->failing(), array_flip($customers)) as $customerId => $reason) {
                $failures[$customerId] ??= $reason;
            }
        }

        $inLine = $everyone - count($customers);
        $command->info(sprintf('%d subscriber(s)%s, %d change(s) %s%s.', $everyone, $inLine > 0 ? " ({$inLine} already in line)" : '', $changes, $dryRun ? 'planned (dry run: nothing was applied)' : 'applied', $failures ? ', ' . count($failures) . ' subscriber(s) failing' : ''));
        foreach ($failures as $customerId => $reason) {
            $command->warn(sprintf('FAILING %s: %s', $this->labels->of((string) $customerId), $reason));
        }
        if ($failures !== [] && !$dryRun) {
            throw new \RuntimeException(count($failures) . ' subscriber(s) failing; see above and the provisioning log.');
        }
    }
}
