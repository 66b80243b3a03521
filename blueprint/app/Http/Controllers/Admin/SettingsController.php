<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Controllers\Admin;

use Carbon\CarbonImmutable;
use GuzzleHttp\Client;
use GuzzleHttp\Exception\TransferException;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Str;
use Illuminate\Validation\ValidationException;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Secrets\WebhookSecretService;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Settings\Settings;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Webhooks\IpRange;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Webhooks\SignatureVerifier;
use Pterodactyl\Facades\Activity;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Health\WebhookUrl;
use Pterodactyl\Http\Controllers\Controller;

class SettingsController extends Controller
{
    private const EDITABLE = [
        Settings::GRACE_DAYS => 'required|integer|min:0|max:90',
        Settings::SECRET_OVERLAP_HOURS => 'required|integer|min:0|max:720',
        Settings::IP_ALLOWLIST => 'present|array|max:100',
        Settings::TRUSTED_PROXIES => 'present|array|max:100',
        Settings::RATE_LIMIT_PER_MINUTE => 'required|integer|min:1|max:1000000',
        Settings::EMAILS_PER_SERVER => 'required|boolean',
        Settings::DELETE_ACCOUNTS => 'required|boolean',
        Settings::RECONCILE_INTERVAL_MINUTES => 'required|integer|min:1|max:1440',
        Settings::HTTPS_ONLY => 'required|boolean',
    ];

    public function __construct(private Settings $settings, private WebhookSecretService $secrets)
    {
    }

    public function show(): JsonResponse
    {
        $now = CarbonImmutable::now();
        $until = $this->settings->get(Settings::WEBHOOK_PREVIOUS_SECRET_UNTIL);

        return new JsonResponse([
            'webhook_url' => WebhookUrl::get(),
            'secret_configured' => $this->secrets->hasSecret(),
            'previous_secret_until' => $until && CarbonImmutable::parse($until)->gt($now) ? $until : null,
            'last_contact_at' => $this->settings->get(Settings::LAST_CONTACT_AT),
        ] + [Settings::HTTPS_ONLY => $this->settings->httpsOnly()]
          + collect(self::EDITABLE)->mapWithKeys(fn ($rule, $key) => [$key => $this->settings->get($key)])->all());
    }

    public function update(Request $request): JsonResponse
    {
        $rules = array_filter(self::EDITABLE, fn ($key) => $request->has($key), ARRAY_FILTER_USE_KEY);
        $data = $request->validate($rules);
        foreach ([Settings::IP_ALLOWLIST, Settings::TRUSTED_PROXIES] as $list) {
            if (isset($data[$list])) {
                $data[$list] = $this->ranges($list, $data[$list]);
            }
        }
        foreach ($data as $key => $value) {
            $this->settings->set($key, $value);
        }
        Activity::event('tiergate:settings.update')->property('changed', array_keys($data))->log();

        return $this->show();
    }

    /** The new secret is in this answer only. */
    public function rotateSecret(): JsonResponse
    {
        $secret = $this->secrets->rotate(CarbonImmutable::now());
        Activity::event('tiergate:secret.rotate')->log();
        $until = $this->settings->get(Settings::WEBHOOK_PREVIOUS_SECRET_UNTIL);

        return new JsonResponse(['secret' => $secret, 'previous_secret_until' => count($this->secrets->accepted(CarbonImmutable::now())) > 1 ? $until : null]);
    }

    /** Sends a signed ping to this panel's own webhook URL, the way Paymenter would, and reports the answer. */
    public function testEvent(): JsonResponse
    {
        $secret = $this->settings->get(Settings::WEBHOOK_SECRET)
            ?? throw ValidationException::withMessages(['secret' => 'Generate a webhook secret first.']);
        $body = json_encode(['type' => 'ping', 'timestamp' => CarbonImmutable::now()->toIso8601ZuluString(), 'data' => ['source' => 'admin test']]);
        $id = 'msg_test_' . Str::random(16);
        $timestamp = time();
        $started = microtime(true);
        try {
            $response = (new Client(['timeout' => 10, 'http_errors' => false]))->post(WebhookUrl::get(), ['body' => $body, 'headers' => [
                'Content-Type' => 'application/json',
                'webhook-id' => $id,
                'webhook-timestamp' => (string) $timestamp,
                'webhook-signature' => SignatureVerifier::sign($secret, $id, $timestamp, $body),
            ]]);
        } catch (TransferException $e) {
            throw ValidationException::withMessages(['webhook_url' => 'The panel could not reach its own webhook URL (' . WebhookUrl::get() . '): ' . $e->getMessage() . '. Check APP_URL and that the panel can resolve its own hostname.']);
        }
        $answer = json_decode((string) $response->getBody(), true) ?? (string) $response->getBody();

        return new JsonResponse(['status' => $response->getStatusCode(), 'answer' => $answer, 'ms' => round((microtime(true) - $started) * 1000, 1)]);
    }

    private function ranges(string $field, array $values): array
    {
        $clean = array_values(array_unique(array_filter(array_map(fn ($v) => trim((string) $v), $values))));
        foreach ($clean as $value) {
            try {
                IpRange::parse($value);
            } catch (\InvalidArgumentException $e) {
                throw ValidationException::withMessages([$field => $e->getMessage()]);
            }
        }

        return $clean;
    }

}
