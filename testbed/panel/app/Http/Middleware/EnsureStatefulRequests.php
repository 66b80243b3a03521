<?php

namespace Pterodactyl\Http\Middleware;

use Illuminate\Cookie\Middleware\AddQueuedCookiesToResponse;
use Illuminate\Http\Request;
use Illuminate\Pipeline\Pipeline;
use Illuminate\Session\Middleware\StartSession;

/**
 * The panel's EnsureStatefulRequests (Sanctum's EnsureFrontendRequestsAreStateful): a request from the panel's own
 * frontend, or one carrying the panel's session cookie, gets the session stack (cookies, session, CSRF) so that
 * `auth:sanctum` can find the logged-in user; any other request stays stateless.
 */
class EnsureStatefulRequests
{
    public function handle(Request $request, \Closure $next): mixed
    {
        if (!self::fromFrontend($request)) {
            return $next($request);
        }
        $request->attributes->set('sanctum', true);

        return (new Pipeline(app()))->send($request)->through([
            EncryptCookies::class,
            AddQueuedCookiesToResponse::class,
            StartSession::class,
            VerifyCsrfToken::class,
        ])->then(fn (Request $request) => $next($request));
    }

    public static function fromFrontend(Request $request): bool
    {
        $source = $request->headers->get('referer') ?: $request->headers->get('origin');
        $appHost = parse_url((string) config('app.url'), PHP_URL_HOST);
        if ($source && $appHost && parse_url($source, PHP_URL_HOST) === $appHost) {
            return true;
        }

        return $request->hasCookie(config('session.cookie'));
    }
}
