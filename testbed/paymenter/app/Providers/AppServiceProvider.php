<?php

namespace App\Providers;

use App\Console\Commands\CronJob;
use App\Events\ServiceCancellation\Created as CancellationCreated;
use App\Listeners\CancellationCreatedListener;
use App\Models\Server;
use Illuminate\Support\Facades\Event;
use Illuminate\Database\Eloquent\Relations\Relation;
use Illuminate\Support\ServiceProvider;

/**
 * As Paymenter's AppServiceProvider::boot(): every server extension row's class gets boot() on every request
 * and worker start, which is where extensions register their listeners.
 */
class AppServiceProvider extends ServiceProvider
{
    public function boot(): void
    {
        Relation::morphMap(['service' => \App\Models\Service::class, 'service_upgrade' => \App\Models\ServiceUpgrade::class, 'product' => \App\Models\Product::class, 'extension' => Server::class]);
        // Paymenter discovers the listeners in app/Listeners; this one is queued (ShouldQueue).
        Event::listen(CancellationCreated::class, CancellationCreatedListener::class);
        $this->commands([CronJob::class]);
        if (!\Illuminate\Support\Facades\Schema::hasTable('extensions')) {
            return;
        }
        foreach (Server::query()->get() as $row) {
            $class = "Paymenter\\Extensions\\Servers\\{$row->extension}\\{$row->extension}";
            if (class_exists($class)) {
                (new $class())->boot();
            }
        }
    }
}
