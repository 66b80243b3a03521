<?php

namespace Pterodactyl\Providers;

use Pterodactyl\Models;
use Illuminate\Support\Facades\View;
use Illuminate\Support\Facades\Cache;
use Illuminate\Support\ServiceProvider;
use Illuminate\Database\Eloquent\Relations\Relation;
use Pterodactyl\Services\Activity\ActivityLogService;

/**
 * THIS IS A TEST DOUBLE of Pterodactyl Panel 1.11.8, not Pterodactyl. It reproduces, by class name and behaviour,
 * only what a Blueprint extension such as Tiergate touches (users, subusers, servers, nodes, the permission
 * catalogue, the activity log, Wings token revocation, admin auth, Blueprint's plumbing), because the real panel
 * cannot be installed from the registries available here. See testbed/panel/README.md for every known difference.
 */
class AppServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        $this->app->bind(ActivityLogService::class);
        // As the panel: the settings table is read on every boot unless the environment says otherwise.
        if (!config('pterodactyl.load_environment_only', false) && $this->app->environment() !== 'testing') {
            $this->app->register(SettingsServiceProvider::class);
        }
    }

    public function boot(): void
    {
        // As the panel (and Blueprint's copy of this provider): the footer's version is shared with every view on
        // every boot, read through the cache twice. With the cache on Redis, every request touches Redis before any
        // route runs, and with Redis down every request fails here with a 500.
        View::share('appVersion', $this->versionData()['version']);
        View::share('appIsGit', $this->versionData()['is_git']);

        // As the panel: only these models may be actors or subjects of polymorphic relations (the panel also
        // lists api_key, backup, database, egg_variable, schedule, ssh_key and task, models the double lacks).
        Relation::enforceMorphMap([
            'allocation' => Models\Allocation::class,
            'egg' => Models\Egg::class,
            'server' => Models\Server::class,
            'user' => Models\User::class,
        ]);
    }

    /** @return array{version: string, is_git: bool} */
    private function versionData(): array
    {
        return Cache::remember('git-version', 5, fn () => ['version' => (string) config('app.version'), 'is_git' => false]);
    }
}
