<?php

use Illuminate\Support\Facades\Route;

// As Blueprint's routes/blueprint/application.php: every extension's router in application/<identifier>.php under /<identifier>.
// Blueprint uses require_once; `require` here because PHPUnit boots the app many times in one process.
foreach (glob(__DIR__ . '/application/*.php') as $router) {
    Route::prefix('/' . basename($router, '.php'))->group(function () use ($router) {
        require $router;
    });
}
