<?php

use Illuminate\Support\Facades\Route;
use Pterodactyl\Http\Middleware\AdminAuthenticate;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Controllers\Admin;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Controllers\Webhook\WebhookController;

// Blueprint mounts this file under /extensions/tiergate with its `blueprint` group (session, cookies, CSRF).

// Paymenter signs its calls instead: no CSRF token, and no session or cookie is created for it. Laravel
// drops excluded middleware by class or subclass, so the panel's own subclasses go too.
$senderMiddleware = [
    Illuminate\Cookie\Middleware\EncryptCookies::class,
    Illuminate\Cookie\Middleware\AddQueuedCookiesToResponse::class,
    Illuminate\Session\Middleware\StartSession::class,
    Illuminate\View\Middleware\ShareErrorsFromSession::class,
    Illuminate\Foundation\Http\Middleware\VerifyCsrfToken::class,
];
Route::post('/webhook', [WebhookController::class, 'receive'])->withoutMiddleware($senderMiddleware)->name('tiergate.webhook');
// Any other method gets a JSON 405 (OPTIONS a JSON 200) instead of the panel's HTML page.
Route::match(['GET', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'], '/webhook', [WebhookController::class, 'otherMethod'])
    ->withoutMiddleware($senderMiddleware);

// The admin page's JSON API: root admins only, like /admin itself (AdminAuthenticate answers 403 to anyone
// else, guests included), with the panel's 2FA requirement where the panel has it. CSRF stays on.
$adminOnly = array_values(array_filter([
    Illuminate\Session\Middleware\AuthenticateSession::class,
    class_exists(Pterodactyl\Http\Middleware\RequireTwoFactorAuthentication::class) ? Pterodactyl\Http\Middleware\RequireTwoFactorAuthentication::class : null,
    AdminAuthenticate::class,
]));

Route::prefix('/admin/api')->middleware($adminOnly)->group(function () {
    Route::get('/overview', Admin\OverviewController::class);
    Route::get('/catalogue', [Admin\CatalogueController::class, 'index']);
    Route::post('/selector-preview', [Admin\CatalogueController::class, 'preview']);

    Route::get('/templates', [Admin\TemplateController::class, 'index']);
    Route::get('/templates/{template}', [Admin\TemplateController::class, 'show']);
    Route::post('/templates', [Admin\TemplateController::class, 'store']);
    Route::patch('/templates/{template}', [Admin\TemplateController::class, 'update']);
    Route::delete('/templates/{template}', [Admin\TemplateController::class, 'destroy']);
    Route::post('/template-command-preview', [Admin\TemplateController::class, 'commandPreview']);

    Route::get('/products', [Admin\ProductController::class, 'index']);
    Route::put('/products/{productKey}', [Admin\ProductController::class, 'update'])->where('productKey', '.{1,191}');
    Route::post('/products/{productKey}/ignore', [Admin\ProductController::class, 'ignore'])->where('productKey', '.{1,191}');
    Route::delete('/products/{productKey}/ignore', [Admin\ProductController::class, 'unignore'])->where('productKey', '.{1,191}');

    Route::get('/subscribers', [Admin\SubscriberController::class, 'index']);
    Route::get('/subscribers/{customerId}', [Admin\SubscriberController::class, 'show'])->where('customerId', '.{1,191}');
    Route::post('/subscribers/{customerId}/actions', Admin\SubscriberActionController::class)->where('customerId', '.{1,191}');
    // Not under /subscribers/{customerId}: that GET route takes any id, slashes included.
    Route::get('/subscriber-game/{customerId}', [Admin\SubscriberGameController::class, 'show'])->where('customerId', '.{1,191}');
    Route::post('/subscribers/{customerId}/game-name', [Admin\SubscriberGameController::class, 'setName'])->where('customerId', '.{1,191}');

    Route::get('/log', Admin\LogController::class);
    Route::get('/events', [Admin\EventController::class, 'index']);
    Route::get('/events/{event}', [Admin\EventController::class, 'show']);
    Route::post('/events/{event}/replay', [Admin\EventController::class, 'replay']);
    Route::get('/rejections', Admin\RejectionController::class);

    Route::get('/settings', [Admin\SettingsController::class, 'show']);
    Route::patch('/settings', [Admin\SettingsController::class, 'update']);
    Route::post('/settings/secret', [Admin\SettingsController::class, 'rotateSecret']);
    Route::post('/settings/test-event', [Admin\SettingsController::class, 'testEvent']);

    Route::get('/notifications', [Admin\NotificationController::class, 'show']);
    Route::put('/notifications', [Admin\NotificationController::class, 'update']);
    Route::post('/notifications/secret', [Admin\NotificationController::class, 'rotateSecret']);
    Route::post('/notifications/test', [Admin\NotificationController::class, 'test']);
    Route::post('/notifications/retry', [Admin\NotificationController::class, 'retry']);

    Route::post('/reconcile', [Admin\ReconcileRunController::class, 'store']);
    Route::get('/reconcile/{runId}', [Admin\ReconcileRunController::class, 'show']);

    Route::post('/mode', Admin\ModeController::class);
    Route::post('/setup/webhook-url-copied', [Admin\SetupController::class, 'webhookUrlCopied']);
});
