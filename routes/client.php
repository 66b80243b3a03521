<?php

use Illuminate\Support\Facades\Route;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Controllers\Client\SubscriptionStatusController;

// Blueprint mounts this file under /api/client/extensions/tiergate behind the panel's client API stack: the session
// (or a client API key), the JSON check, 2FA and the `api.client` rate limit. Guests get a JSON 401.
Route::get('/status', [SubscriptionStatusController::class, 'show']);
