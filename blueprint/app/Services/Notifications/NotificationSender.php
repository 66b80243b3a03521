<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Notifications;

use GuzzleHttp\Client;
use GuzzleHttp\Exception\TransferException;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Webhooks\SignatureVerifier;

/**
 * Signs one body per Standard Webhooks v1 (`webhook-id`, `webhook-timestamp`, `webhook-signature`, one `v1,` entry
 * per signing secret) and POSTs it. Redirects are not followed: a receiver answers where it was configured.
 */
class NotificationSender
{
    public const TIMEOUT_SECONDS = 10;

    /** @var array<string, mixed> */
    public const OPTIONS = ['timeout' => self::TIMEOUT_SECONDS, 'connect_timeout' => 5, 'http_errors' => false, 'allow_redirects' => false];

    private Client $client;

    // Built here, not injected: the container would hand over a bare Guzzle client (no timeout, redirects followed).
    public function __construct()
    {
        $this->client = new Client(self::OPTIONS);
    }

    /**
     * @param string[] $secrets
     *
     * @return array{status: int|null, error: string|null} status null: no answer (refused, timed out)
     */
    public function send(string $url, string $messageId, string $body, array $secrets, int $timestamp): array
    {
        $signatures = implode(' ', array_map(fn (string $s) => SignatureVerifier::sign($s, $messageId, $timestamp, $body), $secrets));
        try {
            $response = $this->client->post($url, ['body' => $body, 'headers' => [
                'Content-Type' => 'application/json',
                'User-Agent' => 'Tiergate-Notifications/1',
                'webhook-id' => $messageId,
                'webhook-timestamp' => (string) $timestamp,
                'webhook-signature' => $signatures,
            ]]);
        } catch (TransferException $e) {
            return ['status' => null, 'error' => mb_strimwidth($e->getMessage(), 0, 1000, '…')];
        }
        $status = $response->getStatusCode();
        if ($status >= 200 && $status < 300) {
            return ['status' => $status, 'error' => null];
        }

        return ['status' => $status, 'error' => mb_strimwidth("HTTP {$status}: " . (string) $response->getBody(), 0, 1000, '…')];
    }
}
