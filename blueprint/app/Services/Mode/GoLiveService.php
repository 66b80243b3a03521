<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Mode;

use Pterodactyl\BlueprintFramework\Extensions\tiergate\Settings\Settings;

/**
 * Leaves shadow mode (or returns to it). Going live changes nothing on the panel by itself: the caller then
 * reconciles everyone (the admin page as a run with progress, the CLI in its own process).
 */
class GoLiveService
{
    public function __construct(private Settings $settings)
    {
    }

    public function handle(): void
    {
        $this->settings->set(Settings::APPLY_MODE, ApplyMode::LIVE);
    }

    public function backToShadow(): void
    {
        $this->settings->set(Settings::APPLY_MODE, ApplyMode::SHADOW);
    }
}
