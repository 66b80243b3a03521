<?php

use Illuminate\Support\Facades\Route;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Controllers\Webhook\WebhookController;

// Blueprint mounts this file under /extensions/tiergate with its `blueprint` group (session, cookies, CSRF).
// Paymenter signs its calls instead: no CSRF token, and no session or cookie is created for it. Laravel
// drops excluded middleware by class or subclass, so the panel's own subclasses go too.
Route::post('/webhook', [WebhookController::class, 'receive'])
    ->withoutMiddleware([
        \Illuminate\Cookie\Middleware\EncryptCookies::class,
        \Illuminate\Cookie\Middleware\AddQueuedCookiesToResponse::class,
        \Illuminate\Session\Middleware\StartSession::class,
        \Illuminate\View\Middleware\ShareErrorsFromSession::class,
        \Illuminate\Foundation\Http\Middleware\VerifyCsrfToken::class,
    ])
    ->name('tiergate.webhook');
