<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Console;

use Illuminate\Console\Command;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\Trigger;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Mode\ApplyMode;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Mode\PauseService;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Mode\GoLiveService;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\SubscriberLookup;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\SubscriberReconciliationService;

/**
 * `tiergate:pause [--reason=]`, `tiergate:unpause`, `tiergate:go-live` and `tiergate:shadow`: the switches of
 * docs/operations.md. Going live and unpausing apply every pending plan here, in this process, with progress.
 */
class ModeCommand
{
    public function __construct(
        private ApplyMode $mode,
        private PauseService $pauses,
        private GoLiveService $goLive,
        private SubscriberLookup $lookup,
        private SubscriberReconciliationService $reconciler,
    ) {
    }

    /** @param string $switch pause, unpause, go-live or shadow: the literal its blueprint/console file passes */
    public function handle(Command $command, string $switch): void
    {
        $trigger = Trigger::command("tiergate:{$switch}");
        match ($switch) {
            'pause' => $this->pause($command),
            'unpause' => $this->unpause($command, $trigger),
            'go-live' => $this->live($command, $trigger),
            'shadow' => $this->shadow($command),
            default => throw new \InvalidArgumentException("There is no mode switch tiergate:{$switch}."),
        };
    }

    private function pause(Command $command): void
    {
        $reason = trim((string) ($command->option('reason') ?? '')) ?: 'no reason given';
        $this->pauses->pause('console:' . (get_current_user() ?: 'unknown'), $reason);
        $command->warn("Tiergate is PAUSED ({$reason}): events are stored, nothing is applied. Undo with: php artisan tiergate:unpause");
    }

    private function unpause(Command $command, Trigger $trigger): void
    {
        if (!$this->pauses->unpause()) {
            $command->info('Tiergate was not paused.');

            return;
        }
        if ($this->mode->isShadow()) {
            $command->info('Unpaused. Tiergate is in shadow mode: it plans and logs, and applies nothing until tiergate:go-live.');

            return;
        }
        $this->applyAll($command, $trigger, 'Unpaused; applying what arrived meanwhile');
    }

    private function live(Command $command, Trigger $trigger): void
    {
        if ($this->mode->applies()) {
            $command->info('Tiergate is already live.');

            return;
        }
        $this->goLive->handle();
        if ($this->mode->isPaused()) {
            $command->warn('Tiergate is live but PAUSED: nothing is applied until tiergate:unpause.');

            return;
        }
        $this->applyAll($command, $trigger, 'Live; applying every pending plan');
    }

    private function shadow(Command $command): void
    {
        $this->goLive->backToShadow();
        $command->info('Shadow mode: events are stored and every plan is logged as "would …"; nothing is applied until tiergate:go-live.');
    }

    /** The same reconcile the queued jobs run, here, so the admin sees it finish (the queued run then finds nothing). */
    private function applyAll(Command $command, Trigger $trigger, string $what): void
    {
        $customers = $this->lookup->all();
        $command->info(sprintf('%s: %d subscriber(s).', $what, count($customers)));
        $bar = $command->getOutput()->createProgressBar(count($customers));
        $failed = 0;
        foreach ($customers as $customerId) {
            try {
                $failed += count($this->reconciler->handle($customerId, $trigger)->failed());
            } catch (\Throwable $e) {
                report($e);
                ++$failed;
            }
            $bar->advance();
        }
        $bar->finish();
        $command->newLine();
        $command->info($failed ? "Done; {$failed} change(s) failed: see the provisioning log." : 'Done: the panel matches billing.');
    }
}
