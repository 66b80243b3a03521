<?php

use Illuminate\Support\Facades\Route;
use Pterodactyl\Http\Controllers\Api\Client\Servers\SubuserController;

Route::post('/servers/{server}/users', [SubuserController::class, 'store']);
