<?php

// The parts of the panel's config/pterodactyl.php this double reads.
return [
    // As the panel: true skips reading the `settings` table on every boot (SettingsServiceProvider).
    'load_environment_only' => (bool) env('APP_ENVIRONMENT_ONLY', false),
    // Timeouts for calls to Wings.
    'guzzle' => ['timeout' => (int) env('GUZZLE_TIMEOUT', 15), 'connect_timeout' => (int) env('GUZZLE_CONNECT_TIMEOUT', 5)],
    // 0: no one, 1: admins, 2: everyone must use TOTP (RequireTwoFactorAuthentication).
    'auth' => ['2fa_required' => (int) env('APP_2FA_REQUIRED', 0)],
];
