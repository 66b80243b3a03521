<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Health;

use GuzzleHttp\Client;
use Carbon\CarbonImmutable;
use GuzzleHttp\Exception\TransferException;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Settings\Settings;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Webhooks\SignatureVerifier;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Exceptions\SelfTestFailedException;

/** Sends a signed ping to this panel's own webhook URL, the way Paymenter would, and reports the answer. */
class SelfTestService
{
    public const TIMEOUT_SECONDS = 10;

    public function __construct(private Settings $settings)
    {
    }

    /** @return array{status: int, answer: mixed, ms: float} */
    public function handle(): array
    {
        $secret = $this->settings->get(Settings::WEBHOOK_SECRET)
            ?? throw new SelfTestFailedException('secret', 'Generate a webhook secret first.');
        $body = json_encode(['type' => 'ping', 'timestamp' => CarbonImmutable::now()->toIso8601ZuluString(), 'data' => ['source' => 'admin test']]);
        $id = SelfTest::newWebhookId();
        $timestamp = time();
        $started = microtime(true);
        try {
            $response = (new Client(['timeout' => self::TIMEOUT_SECONDS, 'http_errors' => false]))->post(WebhookUrl::get(), ['body' => $body, 'headers' => [
                'Content-Type' => 'application/json',
                'webhook-id' => $id,
                'webhook-timestamp' => (string) $timestamp,
                'webhook-signature' => SignatureVerifier::sign($secret, $id, $timestamp, $body),
            ]]);
        } catch (TransferException $e) {
            throw new SelfTestFailedException('webhook_url', 'The panel could not reach its own webhook URL (' . WebhookUrl::get() . '): ' . $e->getMessage() . '. Check APP_URL and that the panel can resolve its own hostname.');
        }

        return [
            'status' => $response->getStatusCode(),
            'answer' => json_decode((string) $response->getBody(), true) ?? (string) $response->getBody(),
            'ms' => round((microtime(true) - $started) * 1000, 1),
        ];
    }
}
