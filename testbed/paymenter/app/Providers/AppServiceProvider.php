<?php

namespace App\Providers;

use App\Models\Server;
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
        Relation::morphMap(['service' => \App\Models\Service::class, 'product' => \App\Models\Product::class, 'extension' => Server::class]);
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
