<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Transformers;

use Carbon\CarbonImmutable;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Settings\Settings;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Health\WebhookUrl;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Requests\SettingsUpdateRequest;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Secrets\WebhookSecretService;

/** Tiergate's settings as the admin page reads them (contract/admin.ts SettingsWire); secrets never appear. */
class SettingsTransformer
{
    public function __construct(private WebhookSecretService $secrets)
    {
    }

    /** @return array<string, mixed> */
    public function transform(Settings $settings): array
    {
        $until = $settings->get(Settings::WEBHOOK_PREVIOUS_SECRET_UNTIL);
        $paymenterPing = $settings->get(Settings::LAST_CONTACT_AT);

        return [
            'webhook_url' => WebhookUrl::get(),
            'secret_configured' => $this->secrets->hasSecret(),
            'previous_secret_until' => $until && CarbonImmutable::parse($until)->gt(CarbonImmutable::now()) ? $until : null,
            'last_contact_at' => $paymenterPing,
            'last_paymenter_ping_at' => $paymenterPing,
            'last_self_test_at' => $settings->get(Settings::LAST_SELF_TEST_AT),
        ] + [Settings::HTTPS_ONLY => $settings->httpsOnly()]
          + collect(SettingsUpdateRequest::RULES)->except(Settings::HTTPS_ONLY)->mapWithKeys(fn ($rule, $key) => [$key => $settings->get($key)])->all();
    }
}
