<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Mode;

use Carbon\CarbonImmutable;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Settings\Settings;

/**
 * The incident switch. Pausing keeps storing events and applies nothing. Unpausing applies nothing by itself: the
 * caller then reconciles everyone, which applies what arrived meanwhile in each subscriber's own event order.
 */
class PauseService
{
    public function __construct(private Settings $settings, private ApplyMode $mode)
    {
    }

    public function pause(string $by, string $reason): void
    {
        $this->settings->set(Settings::PAUSED, ['at' => CarbonImmutable::now()->toIso8601String(), 'by' => $by, 'reason' => $reason]);
    }

    /** @return bool whether it was paused */
    public function unpause(): bool
    {
        if (!$this->mode->isPaused()) {
            return false;
        }
        $this->settings->set(Settings::PAUSED, null);

        return true;
    }
}
