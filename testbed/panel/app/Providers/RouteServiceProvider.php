<?php

namespace Pterodactyl\Providers;

use Illuminate\Foundation\Support\Providers\RouteServiceProvider as ServiceProvider;
use Illuminate\Support\Facades\Route;
use Pterodactyl\Http\Middleware\AdminAuthenticate;
use Pterodactyl\Http\Middleware\RequireTwoFactorAuthentication;

/**
 * The panel's web and admin routes, plus what Blueprint adds to a panel: every extension router file in
 * routes/blueprint/{web,client}/<id>.php mounted under /extensions/<id> (group `blueprint`) and
 * /api/client/extensions/<id>, and the admin page routes /admin/extensions/<id> → <id>ExtensionController.
 */
class RouteServiceProvider extends ServiceProvider
{
    /** The panel's admin stack (`auth` added so guests are sent to the login page rather than given a 403). */
    private const ADMIN = ['web', 'auth', 'auth.session', RequireTwoFactorAuthentication::class, AdminAuthenticate::class];

    public function boot(): void
    {
        $this->routes(function () {
            Route::middleware('web')->group(base_path('routes/web.php'));
            Route::middleware(self::ADMIN)->prefix('/admin')->group(base_path('routes/admin.php'));
            // Simplified like the client routers below: the session guard only, no API keys.
            Route::middleware(['web', 'auth', RequireTwoFactorAuthentication::class])->prefix('/api/client')->group(base_path('routes/api-client.php'));

            foreach (glob(base_path('routes/blueprint/web/*.php')) as $file) {
                Route::middleware('blueprint')->prefix('/extensions/' . basename($file, '.php'))->group($file);
            }
            // Simplified: the real client router sits behind Sanctum's stateful session or a client API key.
            foreach (glob(base_path('routes/blueprint/client/*.php')) as $file) {
                Route::middleware(['web', 'auth', RequireTwoFactorAuthentication::class])->prefix('/api/client/extensions/' . basename($file, '.php'))->group($file);
            }

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
