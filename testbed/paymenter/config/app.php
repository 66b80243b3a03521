<?php

use Illuminate\Support\Facades\Facade;
use Illuminate\Support\ServiceProvider;

return [
    'name' => 'Paymenter (double)',
    'env' => env('APP_ENV', 'testing'),
    'debug' => true,
    'url' => env('APP_URL', 'http://localhost'),
    'timezone' => 'UTC',
    'locale' => 'en',
    'key' => env('APP_KEY', 'base64:' . base64_encode(str_repeat('t', 32))),
    'cipher' => 'AES-256-CBC',
    'providers' => ServiceProvider::defaultProviders()->merge([App\Providers\AppServiceProvider::class])->toArray(),
    'aliases' => Facade::defaultAliases()->toArray(),
];
