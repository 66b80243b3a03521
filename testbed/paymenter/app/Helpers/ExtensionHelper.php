<?php

namespace App\Helpers;

use App\Models\Server;
use App\Models\Service;
use Exception;
use Illuminate\Support\Facades\Artisan;

/** Double of the ExtensionHelper methods the Tiergate extension and the lifecycle paths use. */
class ExtensionHelper
{
    /** As Paymenter's: migrate a path relative to the application root. */
    public static function runMigrations(string $path): void
    {
        Artisan::call('migrate', ['--path' => $path, '--force' => true]);
    }

    public static function createServer(Service $service)
    {
        return self::callServer($service, 'createServer');
    }

    public static function suspendServer(Service $service)
    {
        return self::callServer($service, 'suspendServer');
    }

    public static function unsuspendServer(Service $service)
    {
        return self::callServer($service, 'unsuspendServer');
    }

    public static function terminateServer(Service $service)
    {
        return self::callServer($service, 'terminateServer');
    }

    public static function upgradeServer(Service $service)
    {
        return self::callServer($service, 'upgradeServer');
    }

    /** As Paymenter's checkServer + getExtension: the product's server row, its extension class, its settings. */
    private static function callServer(Service $service, string $action)
    {
        $server = $service->product->server;
        if (!$server) {
            throw new Exception('No server assigned to this product');
        }
        $class = "\\Paymenter\\Extensions\\Servers\\{$server->extension}\\{$server->extension}";
        if (!method_exists($class, $action)) {
            throw new Exception('Server does not support the action: ' . $action);
        }
        $settings = $service->product->settings()->get()->pluck('value', 'key')->all();

        return (new $class($server->settings()->get()->pluck('value', 'key')->all()))->{$action}($service, $settings, []);
    }
}
