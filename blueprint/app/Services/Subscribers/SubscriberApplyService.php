<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Subscribers;

use Carbon\CarbonImmutable;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Settings\Settings;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\Trigger;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Mode\ApplyMode;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\ReconcileResult;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Exceptions\SubscriberActionRefusedException;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\SubscriberReconciliationService;

/** "Apply this subscriber": in shadow mode, one subscriber's plan for real, as the go-live review step. */
class SubscriberApplyService
{
    public function __construct(private SubscriberReconciliationService $reconcile, private ApplyMode $mode, private Settings $settings)
    {
    }

    public function handle(string $customerId, Trigger $trigger): ReconcileResult
    {
        if ($this->mode->isPaused()) {
            throw new SubscriberActionRefusedException('Tiergate is paused: nothing is applied until it is unpaused (Settings, or php artisan tiergate:unpause).');
        }
        if ($this->mode->isShadow() && $this->settings->get(Settings::SHADOW_REVIEWED_AT) === null) {
            $this->settings->set(Settings::SHADOW_REVIEWED_AT, CarbonImmutable::now()->toIso8601String());
        }

        return $this->reconcile->handle($customerId, $trigger, evenInShadow: true);
    }
}
