<?php

namespace Pterodactyl\Providers;

use Illuminate\Database\Eloquent\Relations\Relation;
use Illuminate\Support\ServiceProvider;
use Pterodactyl\Models;
use Pterodactyl\Services\Activity\ActivityLogService;

class AppServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        $this->app->bind(ActivityLogService::class);
    }

    public function boot(): void
    {
        // As the panel: only these models may be actors or subjects of polymorphic relations.
        Relation::enforceMorphMap([
            'allocation' => Models\Allocation::class,
            'egg' => Models\Egg::class,
            'server' => Models\Server::class,
            'user' => Models\User::class,
        ]);
    }
}
