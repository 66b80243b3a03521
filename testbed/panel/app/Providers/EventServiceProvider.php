<?php

namespace Pterodactyl\Providers;

use Illuminate\Foundation\Support\Providers\EventServiceProvider as ServiceProvider;
use Pterodactyl\Models\Subuser;
use Pterodactyl\Observers\SubuserObserver;

class EventServiceProvider extends ServiceProvider
{
    public function boot(): void
    {
        Subuser::observe(SubuserObserver::class);
    }
}
