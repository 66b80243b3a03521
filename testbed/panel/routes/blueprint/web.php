<?php

use Illuminate\Support\Facades\Route;

// As Blueprint's routes/blueprint/web.php: every extension's router in web/<identifier>.php under /<identifier>.
// Blueprint uses require_once; `require` here because PHPUnit boots the app many times in one process.
foreach (glob(__DIR__ . '/web/*.php') as $router) {
    Route::prefix('/' . basename($router, '.php'))->group(function () use ($router) {
        require $router;
    });
}
