<?php

namespace Paymenter\Extensions\Servers\Tiergate\Delivery;

use GuzzleHttp\Client;
use GuzzleHttp\Exception\TransferException;

/** One signed POST to a panel's webhook URL, as every delivery (one event or a batch) is sent. */
class PanelClient
{
    public const TIMEOUT_SECONDS = 15;

    private Client $http;

    public function __construct(?Client $http = null)
    {
        $this->http = $http ?? new Client(['timeout' => self::TIMEOUT_SECONDS, 'connect_timeout' => 5, 'http_errors' => false]);
    }

    /** @return array{0: ?int, 1: string} the panel's status and body; or null and why no answer came */
    public function post(PanelEndpoint $endpoint, string $webhookId, string $body): array
    {
        try {
            $response = $this->http->post($endpoint->webhookUrl, [
                'body' => $body,
                'headers' => ['Content-Type' => 'application/json', 'Accept' => 'application/json'] + Signer::headers($endpoint->secrets, $webhookId, time(), $body),
            ]);
        } catch (TransferException $e) {
            return [null, $e->getMessage()];
        }

        return [$response->getStatusCode(), (string) $response->getBody()];
    }

    /** What a row keeps of an answer that did not deliver: the panel's body (its reason), or why no answer came. */
    public static function error(?int $status, string $answer): ?string
    {
        if ($status === null) {
            return $answer;
        }

        return $status < 300 ? null : mb_strimwidth($answer, 0, 1000, '…');
    }
}
