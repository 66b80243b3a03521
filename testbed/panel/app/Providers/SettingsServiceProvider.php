<?php

namespace Pterodactyl\Providers;

use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Log;
use Illuminate\Database\QueryException;
use Illuminate\Support\ServiceProvider;
use Illuminate\Contracts\Config\Repository as Config;

/**
 * As the panel's: on every boot outside `testing` (unless APP_ENVIRONMENT_ONLY), the whole `settings` table is read
 * and a few config keys are overridden from it. So every request the panel serves, however trivial, opens the
 * database connection. A database that cannot be reached is logged as a notice and the boot goes on.
 */
class SettingsServiceProvider extends ServiceProvider
{
    /** Config keys (":" for ".") the panel lets its admin pages override; the double has no mail keys. */
    private const KEYS = [
        'app:name',
        'app:locale',
        'pterodactyl:guzzle:timeout',
        'pterodactyl:guzzle:connect_timeout',
        'pterodactyl:auth:2fa_required',
    ];

    public function boot(Config $config): void
    {
        try {
            $values = DB::table('settings')->get()->pluck('value', 'key')->all();
        } catch (QueryException $e) {
            Log::notice('A query exception was encountered while trying to load settings from the database: ' . $e->getMessage());

            return;
        }
        foreach (self::KEYS as $key) {
            $name = str_replace(':', '.', $key);
            $value = $values['settings::' . $key] ?? $config->get($name);
            $config->set($name, match (is_string($value) ? strtolower($value) : $value) {
                'true', '(true)' => true,
                'false', '(false)' => false,
                'empty', '(empty)' => '',
                'null', '(null)' => null,
                default => $value,
            });
        }
    }
}
