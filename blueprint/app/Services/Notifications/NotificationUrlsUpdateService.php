<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Notifications;

use Carbon\CarbonImmutable;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Settings\Settings;

/**
 * Saves the receivers' URLs. The first URL also creates the signing secret, so nothing is ever sent unsigned;
 * messages still waiting for a URL that was removed are cancelled by the next delivery run.
 */
class NotificationUrlsUpdateService
{
    public function __construct(private Settings $settings, private NotificationSecretService $secrets)
    {
    }

    /**
     * @param string[] $urls
     *
     * @return string|null a secret created now (shown once), else null
     */
    public function handle(array $urls): ?string
    {
        $urls = array_values(array_unique(array_map('trim', $urls)));
        $this->settings->set(Settings::NOTIFICATION_URLS, $urls);

        return $urls !== [] && !$this->secrets->hasSecret() ? $this->secrets->rotate(CarbonImmutable::now()) : null;
    }
}
