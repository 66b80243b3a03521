<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Webhooks;

use Illuminate\Http\Request;

/**
 * The sender's address. X-Forwarded-For is believed only when the direct peer is a proxy the admin listed
 * as trusted; then the chain is walked from the right, skipping trusted hops, so a client cannot forge
 * its way past the allowlist by sending its own X-Forwarded-For.
 */
class SourceAddress
{
    /** @param string[] $trustedProxies */
    public function resolve(Request $request, array $trustedProxies): string
    {
        $peer = (string) $request->server('REMOTE_ADDR', '0.0.0.0');
        if ($trustedProxies === [] || !IpRange::anyContains($trustedProxies, $peer)) {
            return $peer;
        }

        $hops = array_filter(array_map('trim', explode(',', (string) $request->headers->get('X-Forwarded-For', ''))));
        foreach (array_reverse($hops) as $hop) {
            if (@inet_pton($hop) === false) {
                return $peer;
            }
            if (!IpRange::anyContains($trustedProxies, $hop)) {
                return $hop;
            }
        }

        return $peer;
    }

    /**
     * Whether the delivery reached the panel over HTTPS: the server's own TLS, or `X-Forwarded-Proto: https` from a
     * proxy the admin listed as trusted (from anyone else the header is ignored).
     *
     * @param string[] $trustedProxies
     */
    public function isHttps(Request $request, array $trustedProxies): bool
    {
        $https = strtolower((string) $request->server('HTTPS', ''));
        if ($https !== '' && $https !== 'off') {
            return true;
        }
        $peer = (string) $request->server('REMOTE_ADDR', '0.0.0.0');
        if ($trustedProxies === [] || !IpRange::anyContains($trustedProxies, $peer)) {
            return false;
        }
        $proto = explode(',', (string) $request->headers->get('X-Forwarded-Proto', ''));

        return strtolower(trim((string) end($proto))) === 'https';
    }
}
