<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Secrets;

use Carbon\CarbonImmutable;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Settings\Settings;

/** The webhook signing secret: generate, rotate with an overlap, set, and list what is accepted now. */
class WebhookSecretService
{
    public function __construct(private Settings $settings)
    {
    }

    public static function generate(): string
    {
        return 'whsec_' . base64_encode(random_bytes(32));
    }

    /** @return string[] */
    public function accepted(CarbonImmutable $now): array
    {
        $secrets = array_filter([$this->settings->get(Settings::WEBHOOK_SECRET)]);
        $previous = $this->settings->get(Settings::WEBHOOK_PREVIOUS_SECRET);
        $until = $this->settings->get(Settings::WEBHOOK_PREVIOUS_SECRET_UNTIL);
        if ($previous && $until && $now->lt(CarbonImmutable::parse($until))) {
            $secrets[] = $previous;
        }

        return $secrets;
    }

    public function hasSecret(): bool
    {
        return (bool) $this->settings->get(Settings::WEBHOOK_SECRET);
    }

    /** Replaces the secret; the old one stays valid for the configured overlap so in-flight retries still verify. */
    public function rotate(CarbonImmutable $now, ?string $secret = null): string
    {
        $secret ??= self::generate();
        $this->assertWellFormed($secret);

        $current = $this->settings->get(Settings::WEBHOOK_SECRET);
        if ($current && $current !== $secret) {
            $overlap = (int) $this->settings->get(Settings::SECRET_OVERLAP_HOURS);
            $this->settings->set(Settings::WEBHOOK_PREVIOUS_SECRET, $current);
            $this->settings->set(Settings::WEBHOOK_PREVIOUS_SECRET_UNTIL, $now->addHours($overlap)->toIso8601String());
        }
        $this->settings->set(Settings::WEBHOOK_SECRET, $secret);

        return $secret;
    }

    private function assertWellFormed(string $secret): void
    {
        $key = base64_decode(str_starts_with($secret, 'whsec_') ? substr($secret, 6) : $secret, true);
        if ($key === false || strlen($key) < 24 || strlen($key) > 64) {
            throw new \InvalidArgumentException('A webhook secret is "whsec_" followed by 24–64 random bytes in base64 (generate one with tiergate:secret --rotate).');
        }
    }
}
