<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Webhooks;

use Carbon\CarbonImmutable;
use Illuminate\Http\Request;
use Illuminate\Cache\RateLimiter;
use Illuminate\Http\JsonResponse;
use Illuminate\Support\Facades\Log;
use Illuminate\Database\ConnectionInterface;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Settings\Settings;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\Trigger;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Contract\EventDecoder;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Contract\ContractEvent;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Health\SelfTest;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Inbox\InboxWriter;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Inbox\RejectionLog;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Contract\GameUsernamePattern;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\SubscriberWaker;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Secrets\WebhookSecretService;

/**
 * One delivery, top to bottom: who is calling → may they → is it ours, signed and well-formed → store → answer.
 * Each step throws WebhookRejected with its documented status; only a stored event gets a 2xx. No input gets a
 * 5xx: 503 means the database is down (the sender retries), and an error in this code is a logged 422.
 */
class WebhookProcessor
{
    /** The rate limit (Settings::RATE_LIMIT_PER_MINUTE) counts deliveries per address over this window. */
    private const RATE_WINDOW_SECONDS = 60;

    public const MAX_BODY_BYTES = 262144;

    private const SIGNED_HEADERS = ['webhook-id', 'webhook-timestamp', 'webhook-signature'];

    private const PONG = 'pong';

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
        private ConnectionInterface $db,
    ) {
    }

    public function process(Request $request): JsonResponse
    {
        $ip = (string) $request->server('REMOTE_ADDR', '0.0.0.0');
        $size = (int) $request->headers->get('Content-Length', '0');
        $webhookId = null;

        try {
            $now = CarbonImmutable::now();
            $proxies = (array) $this->settings->get(Settings::TRUSTED_PROXIES);
            $ip = $this->source->resolve($request, $proxies);
            $this->guardAddress($ip);
            if ($this->settings->httpsOnly() && !$this->source->isHttps($request, $proxies)) {
                throw WebhookRejected::httpsRequired();
            }
            $this->guardRate($ip);
            $this->guardSize($size);
            $body = $request->getContent();
            $size = strlen($body);
            $this->guardSize($size);
            $contentType = $this->guardContentType($request);

            $headers = $this->signedHeaders($request);
            $webhookId = $headers['webhook-id'];
            $this->verify($headers, $body, $now);
            $headers += ['content-type' => $contentType];

            $batch = WebhookBatch::fromBody($body);
            if ($batch !== null) {
                return $this->storeBatch($batch, $headers, $ip, $now);
            }
            $outcome = $this->storeOne($webhookId, $body, $headers, $ip, $now);
        } catch (WebhookRejected $rejection) {
            return $this->reject($rejection, $ip, $size, $webhookId);
        } catch (\Throwable $e) {
            return $this->reject($this->failure($e), $ip, $size, $webhookId);
        }
        if ($outcome === self::PONG) {
            return new JsonResponse(['status' => self::PONG], 200);
        }

        // Stored: from here on the answer is the 2xx whatever happens (the tick picks up an unprocessed row).
        if ($outcome instanceof ContractEvent) {
            $this->wake($outcome->customerId, $webhookId);
        }

        return new JsonResponse(['status' => $outcome === InboxWriter::DUPLICATE ? $outcome : InboxWriter::STORED, 'event_id' => $webhookId], $outcome === InboxWriter::DUPLICATE ? 200 : 202);
    }

    /**
     * One event, as one delivery or one batch item carries it: decode, answer a ping, refuse a dangerous name, store.
     *
     * @param array<string, string> $headers
     *
     * @return ContractEvent|string the stored event, or InboxWriter::DUPLICATE, or self::PONG
     */
    private function storeOne(string $webhookId, string $body, array $headers, string $ip, CarbonImmutable $now): ContractEvent|string
    {
        $event = $this->decoder->decode($body, (int) $headers['webhook-timestamp']);
        if ($event->isPing()) {
            $this->settings->set(SelfTest::isSelfTest($webhookId) ? Settings::LAST_SELF_TEST_AT : Settings::LAST_CONTACT_AT, $now->toIso8601String());

            return self::PONG;
        }
        $this->guardGameUsername($event);
        $outcome = $this->inbox->store($event, $webhookId, $body, $headers, $ip, $now);

        return $outcome === InboxWriter::STORED ? $event : $outcome;
    }

    /**
     * Every item is stored or refused as its own delivery would be, in one transaction (one durable commit for the
     * batch): a database failure part way stores none of it, and the sender's retry of the whole batch is safe.
     *
     * @param array<string, string> $headers the envelope's, each item's row gets its own webhook-id and the batch's id
     */
    private function storeBatch(WebhookBatch $batch, array $headers, string $ip, CarbonImmutable $now): JsonResponse
    {
        $results = [];
        $stored = [];
        $this->db->transaction(function () use ($batch, $headers, $ip, $now, &$results, &$stored) {
            foreach ($batch->items as ['id' => $id, 'body' => $body]) {
                try {
                    $outcome = $this->storeOne($id, $body, ['webhook-id' => $id, 'webhook-batch-id' => $headers['webhook-id']] + $headers, $ip, $now);
                } catch (WebhookRejected $rejection) {
                    $this->rejections->record($rejection, $ip, strlen($body), $id);
                    $results[] = ['id' => $id, 'status' => 'rejected', 'http_status' => $rejection->status, 'code' => $rejection->reasonCode, 'reason' => $rejection->getMessage()];
                    continue;
                }
                if ($outcome instanceof ContractEvent) {
                    $stored[$outcome->customerId] ??= $id;
                    $outcome = InboxWriter::STORED;
                }
                $results[] = ['id' => $id, 'status' => $outcome];
            }
        });
        foreach ($stored as $customerId => $webhookId) {
            $this->wake((string) $customerId, $webhookId);
        }

        return new JsonResponse(['status' => 'batch', 'results' => $results], 200, [], JsonResponse::DEFAULT_ENCODING_OPTIONS | JSON_INVALID_UTF8_SUBSTITUTE);
    }

    /** Nothing is stored yet: a database outage asks for a retry; anything else is our bug and must not loop forever. */
    private function failure(\Throwable $e): WebhookRejected
    {
        if (StorageOutage::causedBy($e)) {
            report($e);

            return WebhookRejected::storageUnavailable();
        }
        $reference = 'tiergate-' . bin2hex(random_bytes(4));
        try {
            Log::error("Tiergate webhook: unexpected error {$reference}; the delivery was refused with 422 and not stored.", ['exception' => $e]);
        } catch (\Throwable) {
            // An unwritable log must not turn the answer into a 500.
        }

        return WebhookRejected::internalError($reference);
    }

    private function guardAddress(string $ip): void
    {
        $allowlist = (array) $this->settings->get(Settings::IP_ALLOWLIST);
        if ($allowlist !== [] && !IpRange::anyContains($allowlist, $ip)) {
            throw WebhookRejected::addressNotAllowed($ip);
        }
    }

    /**
     * Counted first, then compared: the increment is atomic in the cache, so concurrent requests cannot slip past the
     * limit together. A Redis that was down before the request fails the panel's own boot (500, the sender retries);
     * one that goes down mid-request skips the limit rather than refusing the delivery: storing events matters more,
     * and they are still signed and checked.
     */
    private function guardRate(string $ip): void
    {
        $key = 'tiergate:webhook:' . $ip;
        $max = (int) $this->settings->get(Settings::RATE_LIMIT_PER_MINUTE);
        try {
            $hits = $this->limiter->hit($key, self::RATE_WINDOW_SECONDS);
            $retryAfter = $hits > $max ? max(1, $this->limiter->availableIn($key)) : null;
        } catch (\Throwable $e) {
            report($e);

            return;
        }
        if ($retryAfter !== null) {
            throw WebhookRejected::rateLimited($retryAfter);
        }
    }

    /** Refused before storing: a name that could break out of a console command must never reach the engine. */
    private function guardGameUsername(ContractEvent $event): void
    {
        $name = $event->gameUsername();
        $refusal = $name === null ? null : GameUsernamePattern::of($this->settings->get(Settings::GAME_USERNAME_PATTERN))->refusal($name);
        if ($refusal !== null) {
            throw WebhookRejected::invalidGameUsername($refusal);
        }
    }

    private function guardSize(int $bytes): void
    {
        if ($bytes > self::MAX_BODY_BYTES) {
            throw WebhookRejected::tooLarge(self::MAX_BODY_BYTES);
        }
    }

    /** @return string the Content-Type as sent, stored with the event */
    private function guardContentType(Request $request): string
    {
        $type = (string) $request->headers->get('Content-Type', '');
        $mime = strtolower(trim(explode(';', $type)[0]));
        if (($mime !== 'application/json' && !preg_match('#^application/[a-z0-9.+-]+\+json$#D', $mime)) || !self::isPrintableAscii($type)) {
            throw WebhookRejected::notJson($type);
        }

        return $type;
    }

    /**
     * Behind nginx ≤ 1.22 + php-fpm a header sent twice arrives as its last copy only (FastCGI params are a map);
     * nginx ≥ 1.23 and Apache join the copies with ", ", which the verifier refuses. A second copy is refused here
     * wherever PHP can still see one.
     *
     * @return array{webhook-id: string, webhook-timestamp: string, webhook-signature: string}
     */
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
            if (!self::isPrintableAscii((string) $values[0])) {
                throw WebhookRejected::badSignature("The {$name} header holds a byte that is not printable ASCII.");
            }
            $headers[$name] = (string) $values[0];
        }

        return $headers;
    }

    private static function isPrintableAscii(string $value): bool
    {
        return (bool) preg_match('/^[\x20-\x7E]*$/D', $value);
    }

    /** @param array{webhook-id: string, webhook-timestamp: string, webhook-signature: string} $headers */
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
        $body = ['status' => 'rejected', 'code' => $rejection->reasonCode, 'reason' => $rejection->getMessage()];
        $response = new JsonResponse($body, $rejection->status, [], JsonResponse::DEFAULT_ENCODING_OPTIONS | JSON_INVALID_UTF8_SUBSTITUTE);
        if ($rejection->retryAfter !== null) {
            $response->headers->set('Retry-After', (string) $rejection->retryAfter);
        }

        return $response;
    }
}
