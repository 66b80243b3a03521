<?php

namespace Pterodactyl\Providers;

use Illuminate\Database\Eloquent\Relations\Relation;
use Illuminate\Support\ServiceProvider;
use Pterodactyl\Models;
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
    }

    public function boot(): void
    {
        // As the panel: only these models may be actors or subjects of polymorphic relations (the panel also
        // lists api_key, backup, database, egg_variable, schedule, ssh_key and task, models the double lacks).
        Relation::enforceMorphMap([
            'allocation' => Models\Allocation::class,
            'egg' => Models\Egg::class,
            'server' => Models\Server::class,
            'user' => Models\User::class,
        ]);
    }
}
