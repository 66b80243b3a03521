<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Mode;

use Pterodactyl\BlueprintFramework\Extensions\tiergate\Settings\Settings;

/**
 * Whether reconciles change the panel. `shadow` (a fresh install's default) and `paused` both store every event and
 * plan every reconcile but apply nothing; shadow logs each change it would make, pause is the incident switch and
 * logs nothing. `live` applies.
 */
class ApplyMode
{
    public const SHADOW = 'shadow';
    public const LIVE = 'live';

    public function __construct(private Settings $settings)
    {
    }

    public function mode(): string
    {
        return $this->settings->get(Settings::APPLY_MODE) === self::LIVE ? self::LIVE : self::SHADOW;
    }

    public function isShadow(): bool
    {
        return $this->mode() === self::SHADOW;
    }

    /** @return array{at: string, by: string, reason: string}|null */
    public function pause(): ?array
    {
        $paused = $this->settings->get(Settings::PAUSED);

        // Anything stored counts as paused (the safe reading); PauseService writes exactly these three keys.
        return is_array($paused)
            ? ['at' => (string) ($paused['at'] ?? ''), 'by' => (string) ($paused['by'] ?? ''), 'reason' => (string) ($paused['reason'] ?? '')]
            : null;
    }

    public function isPaused(): bool
    {
        return $this->pause() !== null;
    }

    public function applies(): bool
    {
        return !$this->isPaused() && !$this->isShadow();
    }

    /**
     * The wire shape the admin page, tiergate:status and the health query share.
     *
     * @return array{mode: string, paused: array{at: string, by: string, reason: string}|null}
     */
    public function describe(): array
    {
        return ['mode' => $this->mode(), 'paused' => $this->pause()];
    }
}
