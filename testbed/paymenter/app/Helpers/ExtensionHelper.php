<?php

namespace App\Helpers;

use App\Models\Product;
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

    /**
     * As Paymenter's: the checkout fields of the product's server extension, called with the product, the values so
     * far and the product's settings; an extension without the method, or one that throws, gives none (reported).
     */
    public static function getCheckoutConfig(Product $product, $values = [])
    {
        $server = $product->server;
        if (!$server) {
            return [];
        }
        $class = "\\Paymenter\\Extensions\\Servers\\{$server->extension}\\{$server->extension}";
        try {
            if (!method_exists($class, 'getCheckoutConfig')) {
                throw new Exception('Function not found');
            }

            return (new $class(self::serverSettings($server)))->getCheckoutConfig($product, $values, self::productSettings($product)) ?? [];
        } catch (Exception $e) {
            if (!str_ends_with($e->getMessage(), 'not found')) {
                report($e);
            }

            return [];
        }
    }

    /** As Paymenter's: the service's properties (checkout values) by key; the double has no config options. */
    public static function getServiceProperties(Service $service): array
    {
        $properties = [];
        foreach ($service->properties as $property) {
            $properties[$property->key] = $property->value;
        }

        return $properties;
    }

    private static function serverSettings(Server $server): array
    {
        return $server->settings()->get()->pluck('value', 'key')->all();
    }

    private static function productSettings(Product $product): array
    {
        return $product->settings()->get()->pluck('value', 'key')->all();
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
        return (new $class(self::serverSettings($server)))->{$action}($service, self::productSettings($service->product), self::getServiceProperties($service));
    }
}
