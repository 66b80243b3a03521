<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Webhooks;

use RuntimeException;

/**
 * A delivery the route refuses. Every refusal carries the documented HTTP status, a stable code the
 * diagnostics log and the admin page group by, and a reason that tells the sender what to fix.
 */
class WebhookRejected extends RuntimeException
{
    public function __construct(public readonly int $status, public readonly string $reasonCode, string $reason)
    {
        parent::__construct($reason);
    }

    public static function notConfigured(): self
    {
        // 503, not 401: the sender keeps retrying until the admin sets a secret, so nothing is lost meanwhile.
        return new self(503, 'not_configured', 'No webhook secret is configured on the panel yet. Generate one under Admin → Extensions → Tiergate → Settings (or run php artisan tiergate:secret).');
    }

    public static function addressNotAllowed(string $ip): self
    {
        return new self(403, 'address_not_allowed', "Requests from {$ip} are not in Tiergate's IP allowlist.");
    }

    public static function rateLimited(int $retryAfter): self
    {
        return new self(429, 'rate_limited', "Too many requests from this address; retry after {$retryAfter} s.");
    }

    public static function tooLarge(int $limit): self
    {
        return new self(413, 'too_large', "The body is larger than {$limit} bytes.");
    }

    public static function notJson(string $contentType): self
    {
        return new self(415, 'not_json', 'Content-Type must be application/json, got "' . mb_strimwidth($contentType, 0, 80, '…') . '".');
    }

    public static function badSignature(string $why): self
    {
        return new self(401, 'bad_signature', $why);
    }

    public static function malformed(string $why): self
    {
        return new self(400, 'malformed', $why);
    }

    public static function invalid(array $errors): self
    {
        return new self(422, 'invalid', 'The event does not match the Tiergate event contract: ' . implode('; ', array_slice($errors, 0, 10)));
    }

    public static function idReused(string $id): self
    {
        return new self(409, 'id_reused', "webhook-id {$id} was already stored with a different body; a retry must resend the same bytes, a new event needs a new id.");
    }

    public static function storageUnavailable(): self
    {
        return new self(503, 'storage_unavailable', 'The panel cannot store events right now; retry later.');
    }
}
