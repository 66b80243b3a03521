<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Webhooks;

/**
 * Standard Webhooks v1: `v1,` + base64(HMAC-SHA256(base64-decoded secret, "<id>.<timestamp>.<raw body>")).
 * Written out rather than using the reference PHP library, which the panel does not ship and which turns
 * a bare `v1` or an array-valued header into a TypeError (research/webhooks.md §1).
 */
class SignatureVerifier
{
    public const TOLERANCE_SECONDS = 300;

    /** A webhook-id (a delivery's, or a batch item's): the inbox's column width, printable ASCII, no space or full stop. */
    public const MAX_ID_LENGTH = 191;

    public const ID_PATTERN = '/^[\x21-\x2D\x2F-\x7E]{1,' . self::MAX_ID_LENGTH . '}$/D';

    /**
     * @param string[] $secrets every secret currently accepted (rotation keeps the previous one for a while)
     */
    public function verify(string $id, string $timestamp, string $signatureHeader, string $body, array $secrets, int $now): void
    {
        if (!preg_match(self::ID_PATTERN, $id)) {
            throw WebhookRejected::badSignature('webhook-id must be 1–191 printable ASCII characters with no spaces or full stops.');
        }
        if (!preg_match('/^[0-9]{1,12}$/D', $timestamp)) {
            throw WebhookRejected::badSignature('webhook-timestamp must be whole Unix seconds.');
        }
        if (abs($now - (int) $timestamp) > self::TOLERANCE_SECONDS) {
            throw WebhookRejected::badSignature('webhook-timestamp is more than ' . self::TOLERANCE_SECONDS . ' s away from the panel\'s clock; check both clocks (NTP).');
        }

        $offered = [];
        foreach (preg_split('/ +/', trim($signatureHeader)) as $entry) {
            if (substr_count($entry, ',') > 1) {
                // "v1,a, v1,b": two headers a proxy joined (nginx ≥ 1.23, Apache). Base64 never holds a comma.
                throw WebhookRejected::badSignature('webhook-signature was sent more than once (the copies arrived joined by ", ").');
            }
            [$version, $signature] = array_pad(explode(',', $entry, 2), 2, '');
            if ($version === 'v1' && $signature !== '') {
                $offered[] = $signature;
            }
        }
        if ($offered === []) {
            throw WebhookRejected::badSignature('webhook-signature holds no v1 signature.');
        }

        $content = "{$id}.{$timestamp}.{$body}";
        foreach ($secrets as $secret) {
            $expected = base64_encode(hash_hmac('sha256', $content, self::key($secret), true));
            foreach ($offered as $signature) {
                if (hash_equals($expected, $signature)) {
                    return;
                }
            }
        }

        throw WebhookRejected::badSignature('No signature matches a current secret; check the secret pasted into Paymenter.');
    }

    public static function sign(string $secret, string $id, int $timestamp, string $body): string
    {
        return 'v1,' . base64_encode(hash_hmac('sha256', "{$id}.{$timestamp}.{$body}", self::key($secret), true));
    }

    private static function key(string $secret): string
    {
        return (string) base64_decode(str_starts_with($secret, 'whsec_') ? substr($secret, 6) : $secret, true);
    }
}
