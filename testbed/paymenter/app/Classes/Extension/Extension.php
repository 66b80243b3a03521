<?php

namespace App\Classes\Extension;

use App\Models\Setting;

/**
 * Double of Paymenter's base extension (app/Classes/Extension/Extension.php): `$config` holds the settings of
 * the extension row (a server row for Server extensions); config() reads one, loading lazily when absent.
 */
class Extension
{
    public function __construct(public $config = [])
    {
    }

    public function config($key)
    {
        if (!array_key_exists($key, (array) $this->config)) {
            $this->config = Setting::query()->where('settingable_type', 'extension')->pluck('value', 'key')->all() + (array) $this->config;
        }

        return $this->config[$key] ?? null;
    }

    public function getConfig($values = [])
    {
        return [];
    }

    public function installed()
    {
    }

    public function uninstalled()
    {
    }

    public function upgraded($oldVersion = null)
    {
    }

    public function boot()
    {
    }
}
