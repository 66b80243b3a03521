<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Webhooks;

use Carbon\CarbonImmutable;
use Illuminate\Cache\RateLimiter;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Contract\EventDecoder;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Jobs\SubscriberWaker;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\Trigger;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Inbox\InboxWriter;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Inbox\RejectionLog;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Secrets\WebhookSecretService;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Settings\Settings;

/**
 * One delivery, top to bottom: who is calling → may they → is it ours, signed and well-formed → store → answer.
 * Each step throws WebhookRejected with its documented status; only a stored event gets a 2xx.
 */
class WebhookProcessor
{
    public const MAX_BODY_BYTES = 262144;

    private const SIGNED_HEADERS = ['webhook-id', 'webhook-timestamp', 'webhook-signature'];

    public function __construct(
        private Settings $settings,
        private SourceAddress $source,
        private RateLimiter $limiter,
        private SignatureVerifier $verifier,
        private WebhookSecretService $secrets,
        private EventDecoder $decoder,
        private InboxWriter $inbox,
        private RejectionLog $rejections,
        private SubscriberWaker $waker,
    ) {
    }

    public function process(Request $request): JsonResponse
    {
        $ip = (string) $request->server('REMOTE_ADDR', '0.0.0.0');
        $size = (int) $request->headers->get('Content-Length', '0');
        $webhookId = null;

        try {
            $now = CarbonImmutable::now();
            $ip = $this->source->resolve($request, (array) $this->settings->get(Settings::TRUSTED_PROXIES));
            $this->guardAddress($ip);
            $this->guardRate($ip);
            $this->guardSize($size);
            $body = $request->getContent();
            $size = strlen($body);
            $this->guardSize($size);
            $this->guardContentType($request);

            $headers = $this->signedHeaders($request);
            $webhookId = $headers['webhook-id'];
            $this->verify($headers, $body, $now);

            $event = $this->decoder->decode($body, (int) $headers['webhook-timestamp']);
            if ($event->isPing()) {
                $this->settings->set(Settings::LAST_CONTACT_AT, $now->toIso8601String());

                return new JsonResponse(['status' => 'pong'], 200);
            }

            $outcome = $this->inbox->store($event, $webhookId, $body, $headers + ['content-type' => $request->headers->get('Content-Type')], $ip, $now);
            if ($outcome === InboxWriter::STORED) {
                $this->wake($event->customerId, $webhookId);
            }

            return new JsonResponse(['status' => $outcome, 'event_id' => $webhookId], $outcome === InboxWriter::STORED ? 202 : 200);
        } catch (WebhookRejected $rejection) {
            return $this->reject($rejection, $ip, $size, $webhookId);
        } catch (\Throwable $e) {
            // Input has been checked by now, so this is the panel's side (database, cache): ask the sender to retry.
            report($e);

            return $this->reject(WebhookRejected::storageUnavailable(), $ip, $size, $webhookId);
        }
    }

    private function guardAddress(string $ip): void
    {
        $allowlist = (array) $this->settings->get(Settings::IP_ALLOWLIST);
        if ($allowlist !== [] && !IpRange::anyContains($allowlist, $ip)) {
            throw WebhookRejected::addressNotAllowed($ip);
        }
    }

    private function guardRate(string $ip): void
    {
        $key = 'tiergate:webhook:' . $ip;
        $max = (int) $this->settings->get(Settings::RATE_LIMIT_PER_MINUTE);
        if ($this->limiter->tooManyAttempts($key, $max)) {
            throw WebhookRejected::rateLimited($this->limiter->availableIn($key));
        }
        $this->limiter->hit($key, 60);
    }

    private function guardSize(int $bytes): void
    {
        if ($bytes > self::MAX_BODY_BYTES) {
            throw WebhookRejected::tooLarge(self::MAX_BODY_BYTES);
        }
    }

    private function guardContentType(Request $request): void
    {
        $type = (string) $request->headers->get('Content-Type', '');
        $mime = strtolower(trim(explode(';', $type)[0]));
        if ($mime !== 'application/json' && !preg_match('#^application/[a-z0-9.+-]+\+json$#', $mime)) {
            throw WebhookRejected::notJson($type);
        }
    }

    /** @return array{webhook-id: string, webhook-timestamp: string, webhook-signature: string} */
    private function signedHeaders(Request $request): array
    {
        $headers = [];
        foreach (self::SIGNED_HEADERS as $name) {
            $values = $request->headers->all($name);
            if (count($values) === 0 || $values[0] === '' || $values[0] === null) {
                throw WebhookRejected::badSignature("The {$name} header is missing (Standard Webhooks v1 needs webhook-id, webhook-timestamp and webhook-signature).");
            }
            if (count($values) > 1) {
                throw WebhookRejected::badSignature("The {$name} header was sent more than once.");
            }
            $headers[$name] = (string) $values[0];
        }

        return $headers;
    }

    private function verify(array $headers, string $body, CarbonImmutable $now): void
    {
        $secrets = $this->secrets->accepted($now);
        if ($secrets === []) {
            throw WebhookRejected::notConfigured();
        }
        $this->verifier->verify($headers['webhook-id'], $headers['webhook-timestamp'], $headers['webhook-signature'], $body, $secrets, $now->getTimestamp());
    }

    /**
     * The stored row (processed_at empty) is the durable hand-off; this only makes it prompt. If the queue is
     * unreachable the event is still acknowledged, and the every-minute tick picks the row up.
     */
    private function wake(string $customerId, string $webhookId): void
    {
        try {
            $this->waker->wake($customerId, Trigger::event($webhookId));
        } catch (\Throwable $e) {
            report($e);
        }
    }

    private function reject(WebhookRejected $rejection, string $ip, int $size, ?string $webhookId): JsonResponse
    {
        $this->rejections->record($rejection, $ip, $size, $webhookId);
        $response = new JsonResponse(['status' => 'rejected', 'code' => $rejection->reasonCode, 'reason' => $rejection->getMessage()], $rejection->status);
        if ($rejection->status === 429 || $rejection->status === 503) {
            $response->headers->set('Retry-After', $rejection->status === 429 ? '60' : '30');
        }

        return $response;
    }
}
