<?php

use Illuminate\Foundation\Application;

// Laravel 12's application builder, as Paymenter's bootstrap/app.php (providers come from config/app.php).
return Application::configure(basePath: dirname(__DIR__))
    ->withExceptions(function () {
    })
    ->create();
