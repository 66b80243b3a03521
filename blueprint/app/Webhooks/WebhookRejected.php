<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Webhooks;

/**
 * A delivery the route refuses. Every refusal carries the documented HTTP status, a stable code the
 * diagnostics log and the admin page group by, and a reason that tells the sender what to fix.
 */
class WebhookRejected extends \RuntimeException
{
    /** Retry-After when the panel cannot take events yet (no secret, database down): how long the sender waits. */
    public const RETRY_LATER_SECONDS = 30;

    /** @param int|null $retryAfter seconds, sent as Retry-After (429 and 503 only) */
    public function __construct(public readonly int $status, public readonly string $reasonCode, string $reason, public readonly ?int $retryAfter = null)
    {
        parent::__construct($reason);
    }

    public static function notConfigured(): self
    {
        // 503, not 401: the sender keeps retrying until the admin sets a secret, so nothing is lost meanwhile.
        return new self(503, 'not_configured', 'No webhook secret is configured on the panel yet. Generate one under Admin → Extensions → Tiergate → Settings (or run php artisan tiergate:secret).', self::RETRY_LATER_SECONDS);
    }

    public static function addressNotAllowed(string $ip): self
    {
        return new self(403, 'address_not_allowed', "Requests from {$ip} are not in Tiergate's IP allowlist.");
    }

    public static function httpsRequired(): self
    {
        return new self(403, 'https_required', 'This panel takes deliveries over HTTPS only: use the https:// webhook URL (Settings → "HTTPS only" turns this off).');
    }

    public static function rateLimited(int $retryAfter): self
    {
        return new self(429, 'rate_limited', "Too many requests from this address; retry after {$retryAfter} s.", $retryAfter);
    }

    public static function tooLarge(int $limit): self
    {
        return new self(413, 'too_large', "The body is larger than {$limit} bytes.");
    }

    public static function notJson(string $contentType): self
    {
        $shown = preg_replace('/[^\x20-\x7E]/', '?', mb_strimwidth(mb_scrub($contentType, 'UTF-8'), 0, 80, '…', 'UTF-8'));

        return new self(415, 'not_json', 'Content-Type must be application/json (printable ASCII), got "' . $shown . '".');
    }

    public static function badSignature(string $why): self
    {
        return new self(401, 'bad_signature', $why);
    }

    public static function malformed(string $why): self
    {
        return new self(400, 'malformed', $why);
    }

    /** @param string[] $errors */
    public static function invalid(array $errors): self
    {
        return new self(422, 'invalid', 'The event does not match the Tiergate event contract: ' . implode('; ', array_slice($errors, 0, 10)));
    }

    /** A batch envelope (WebhookBatch) that is not one; nothing in it is stored. */
    public static function invalidBatch(string $why): self
    {
        return new self(422, 'invalid', "The batch does not match the Tiergate batch contract: {$why}.");
    }

    /** A well-formed event whose data.customer.game_username the panel will not put into a console command. */
    public static function invalidGameUsername(string $why): self
    {
        return new self(422, 'invalid_game_username', $why . ' Nothing was stored; correct the name in Paymenter (or send none) and resend.');
    }

    public static function idReused(string $id): self
    {
        return new self(409, 'id_reused', "webhook-id {$id} was already stored with a different body; a retry must resend the same bytes, a new event needs a new id.");
    }

    public static function storageUnavailable(): self
    {
        return new self(503, 'storage_unavailable', 'The panel\'s database is unreachable, so the event cannot be stored right now; retry later.', self::RETRY_LATER_SECONDS);
    }

    /**
     * Not a 5xx: retrying would hit the same error, and "no input gets a 5xx". Nothing was stored; the sender keeps
     * the event (Paymenter's outbox shows it failed, with this reason) and can resend it once the panel is fixed.
     */
    public static function internalError(string $reference): self
    {
        return new self(422, 'internal_error', "Tiergate hit an error while handling this delivery (logged on the panel as {$reference}); nothing was stored. Resend it once the panel admin has looked at the log.");
    }
}
