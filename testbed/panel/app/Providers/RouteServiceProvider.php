<?php

namespace Pterodactyl\Providers;

use Illuminate\Cache\RateLimiting\Limit;
use Illuminate\Foundation\Support\Providers\RouteServiceProvider as ServiceProvider;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Auth;
use Illuminate\Support\Facades\RateLimiter;
use Illuminate\Support\Facades\Route;
use Pterodactyl\Http\Middleware\AdminAuthenticate;
use Pterodactyl\Http\Middleware\RequireTwoFactorAuthentication;

/**
 * The panel's web and admin routes, plus what Blueprint adds to a panel (its Providers/Blueprint/RouteServiceProvider):
 * extension web routers under /extensions (group `blueprint`), client routers under /api/client/extensions behind
 * the panel's client API stack (`blueprint/api` = session-or-key auth, JSON check, 2FA; `blueprint/client-api`;
 * `throttle:api.client`), and the admin page routes /admin/extensions/<id> → <id>ExtensionController.
 */
class RouteServiceProvider extends ServiceProvider
{
    /** The panel's admin stack (`auth` added so guests are sent to the login page rather than given a 403). */
    private const ADMIN = ['web', 'auth', 'auth.session', RequireTwoFactorAuthentication::class, AdminAuthenticate::class];

    public function boot(): void
    {
        // Sanctum's guard as the panel uses it, for the session user (EnsureStatefulRequests started the session).
        Auth::viaRequest('sanctum', fn (Request $request) => $request->attributes->get('sanctum') ? Auth::guard('web')->user() : null);

        // As the panel's configureRateLimiting(): per user, else per address; `http.rate_limit.client` is 720 a minute.
        RateLimiter::for('api.client', fn (Request $request) => Limit::perMinute((int) config('http.rate_limit.client', 720))
            ->by($request->user()?->uuid ?: $request->ip()));

        $this->routes(function () {
            Route::middleware('web')->group(base_path('routes/web.php'));
            Route::middleware(self::ADMIN)->prefix('/admin')->group(base_path('routes/admin.php'));
            // Simplified: the panel's own client API here is the session guard only, without Blueprint's stack below.
            Route::middleware(['web', 'auth', RequireTwoFactorAuthentication::class])->prefix('/api/client')->group(base_path('routes/api-client.php'));

            Route::middleware('blueprint')->prefix('/extensions')->group(base_path('routes/blueprint/web.php'));
            Route::middleware(['blueprint/api', RequireTwoFactorAuthentication::class])->group(function () {
                Route::middleware(['blueprint/client-api', 'throttle:api.client'])
                    ->prefix('/api/client/extensions')
                    ->scopeBindings()
                    ->group(base_path('routes/blueprint/client.php'));
            });

            foreach (self::installedExtensions() as $id) {
                $controller = "Pterodactyl\\Http\\Controllers\\Admin\\Extensions\\{$id}\\{$id}ExtensionController";
                if (!class_exists($controller)) {
                    continue;
                }
                Route::middleware(self::ADMIN)
                    ->prefix("/admin/extensions/{$id}")
                    ->name("admin.extensions.{$id}.")
                    ->group(function () use ($controller) {
                        Route::get('/', [$controller, 'index'])->name('index');
                        Route::patch('/', [$controller, 'update'])->name('patch');
                        Route::post('/', [$controller, 'post'])->name('post');
                        Route::put('/', [$controller, 'put'])->name('put');
                        Route::delete('/{target}/{id}', [$controller, 'delete'])->name('delete');
                    });
            }
        });
    }

    /** @return string[] from Blueprint's list `|id,|id2,` */
    public static function installedExtensions(): array
    {
        $file = base_path('.blueprint/extensions/blueprint/private/db/installed_extensions');
        if (!is_file($file)) {
            return [];
        }

        return array_values(array_filter(array_map(fn ($s) => trim(ltrim($s, '|')), explode(',', file_get_contents($file)))));
    }
}
