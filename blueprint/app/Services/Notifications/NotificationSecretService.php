<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Notifications;

use Carbon\CarbonImmutable;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Settings\Settings;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Secrets\WebhookSecretService;

/**
 * The secret Tiergate signs its own notifications with (not Paymenter's webhook secret). After a rotation the old
 * one still signs for the webhook secret's overlap, so receivers can switch without missing a message.
 */
class NotificationSecretService
{
    public function __construct(private Settings $settings)
    {
    }

    /** @return string[] the secrets each message is signed with now, newest first */
    public function signing(CarbonImmutable $now): array
    {
        $current = $this->settings->get(Settings::NOTIFICATION_SECRET);
        $secrets = $current ? [(string) $current] : [];
        $previous = $this->settings->get(Settings::NOTIFICATION_PREVIOUS_SECRET);
        $until = $this->settings->get(Settings::NOTIFICATION_PREVIOUS_SECRET_UNTIL);
        if ($previous && $until && $now->lt(CarbonImmutable::parse($until))) {
            $secrets[] = (string) $previous;
        }

        return $secrets;
    }

    public function hasSecret(): bool
    {
        return (bool) $this->settings->get(Settings::NOTIFICATION_SECRET);
    }

    public function previousUntil(CarbonImmutable $now): ?string
    {
        return count($this->signing($now)) > 1 ? $this->settings->get(Settings::NOTIFICATION_PREVIOUS_SECRET_UNTIL) : null;
    }

    /** @return string the new secret, which is shown to the admin this once */
    public function rotate(CarbonImmutable $now): string
    {
        $secret = WebhookSecretService::generate();
        $current = $this->settings->get(Settings::NOTIFICATION_SECRET);
        if ($current) {
            $overlap = (int) $this->settings->get(Settings::SECRET_OVERLAP_HOURS);
            $this->settings->set(Settings::NOTIFICATION_PREVIOUS_SECRET, $current);
            $this->settings->set(Settings::NOTIFICATION_PREVIOUS_SECRET_UNTIL, $now->addHours($overlap)->toIso8601String());
        }
        $this->settings->set(Settings::NOTIFICATION_SECRET, $secret);

        return $secret;
    }
}
