<?php

namespace Pterodactyl\Http;

use Illuminate\Foundation\Http\Kernel as HttpKernel;

class Kernel extends HttpKernel
{
    protected $middleware = [
        \Illuminate\Foundation\Http\Middleware\ValidatePostSize::class,
        \Illuminate\Foundation\Http\Middleware\TrimStrings::class,
        \Illuminate\Foundation\Http\Middleware\ConvertEmptyStringsToNull::class,
    ];

    private const SESSION_STACK = [
        \Pterodactyl\Http\Middleware\EncryptCookies::class,
        \Illuminate\Cookie\Middleware\AddQueuedCookiesToResponse::class,
        \Illuminate\Session\Middleware\StartSession::class,
        \Illuminate\View\Middleware\ShareErrorsFromSession::class,
        \Pterodactyl\Http\Middleware\VerifyCsrfToken::class,
        \Illuminate\Routing\Middleware\SubstituteBindings::class,
    ];

    protected $middlewareGroups = [
        'web' => self::SESSION_STACK,
        // Blueprint's group for extension web routers (BlueprintFramework/framework app/Http/Kernel.php) is the same
        // stack (plus the panel's language middleware, which this double has no use for).
        'blueprint' => self::SESSION_STACK,
        // Blueprint's API groups (same file): `blueprint/api` is the panel's `api` group. The panel's TrackAPIKey and
        // AuthenticateIPAccess only act on API keys, which the double does not have.
        'blueprint/api' => [
            \Pterodactyl\Http\Middleware\EnsureStatefulRequests::class,
            'auth:sanctum',
            \Pterodactyl\Http\Middleware\Api\IsValidJson::class,
            \Pterodactyl\Http\Middleware\RequireTwoFactorAuthentication::class,
        ],
        // The panel's SubstituteClientBindings resolves {server} by uuid; RequireClientApiKey refuses application keys.
        'blueprint/client-api' => [\Illuminate\Routing\Middleware\SubstituteBindings::class],
    ];

    protected $middlewareAliases = [
        'auth' => \Pterodactyl\Http\Middleware\Authenticate::class,
        'auth.session' => \Illuminate\Session\Middleware\AuthenticateSession::class,
        'guest' => \Pterodactyl\Http\Middleware\RedirectIfAuthenticated::class,
        'admin' => \Pterodactyl\Http\Middleware\AdminAuthenticate::class,
        'throttle' => \Illuminate\Routing\Middleware\ThrottleRequests::class,
        'bindings' => \Illuminate\Routing\Middleware\SubstituteBindings::class,
    ];
}
