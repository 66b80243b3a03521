<?php

namespace App\Helpers;

use Illuminate\Support\Facades\Artisan;

/** Double of the one ExtensionHelper method the Tiergate extension calls. */
class ExtensionHelper
{
    /** As Paymenter's: migrate a path relative to the application root. */
    public static function runMigrations(string $path): void
    {
        Artisan::call('migrate', ['--path' => $path, '--force' => true]);
    }
}
