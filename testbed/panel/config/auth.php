<?php

return [
    'defaults' => ['guard' => 'web', 'passwords' => 'users'],
    // `sanctum`: what `auth:sanctum` means on the panel, for the session user only (the double has no API keys);
    // the driver is registered in RouteServiceProvider.
    'guards' => ['web' => ['driver' => 'session', 'provider' => 'users'], 'sanctum' => ['driver' => 'sanctum', 'provider' => null]],
    'providers' => ['users' => ['driver' => 'eloquent', 'model' => Pterodactyl\Models\User::class]],
    // As the panel: setup/reset links live 60 minutes.
    'passwords' => ['users' => ['provider' => 'users', 'table' => 'password_resets', 'expire' => 60, 'throttle' => 60]],
    'password_timeout' => 10800,
];
