<?php

namespace Paymenter\Extensions\Servers\Tiergate\Delivery;

/** Standard Webhooks v1 signing; with two secrets (rotation) both signatures go in the one header. */
class Signer
{
    /**
     * @param string[] $secrets
     *
     * @return array<string, string>
     */
    public static function headers(array $secrets, string $id, int $timestamp, string $body): array
    {
        $signatures = array_map(fn (string $secret) => self::sign($secret, $id, $timestamp, $body), array_values(array_filter($secrets)));

        return ['webhook-id' => $id, 'webhook-timestamp' => (string) $timestamp, 'webhook-signature' => implode(' ', $signatures)];
    }

    public static function sign(string $secret, string $id, int $timestamp, string $body): string
    {
        $key = base64_decode(str_starts_with($secret, 'whsec_') ? substr($secret, 6) : $secret, true);

        return 'v1,' . base64_encode(hash_hmac('sha256', "{$id}.{$timestamp}.{$body}", (string) $key, true));
    }
}
