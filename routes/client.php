<?php

use Illuminate\Support\Facades\Route;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Controllers\Client\SubscriptionStatusController;

// Blueprint mounts this file under /api/client/extensions/tiergate, behind the panel's client-API auth.
Route::get('/status', [SubscriptionStatusController::class, 'show']);
