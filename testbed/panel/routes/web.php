<?php

use Illuminate\Support\Facades\Route;
use Pterodactyl\Http\Controllers\Auth\LoginController;
use Pterodactyl\Http\Controllers\DashboardController;

Route::middleware('guest')->group(function () {
    Route::get('/auth/login', [LoginController::class, 'show'])->name('auth.login');
    Route::post('/auth/login', [LoginController::class, 'login']);
});
Route::post('/auth/logout', [LoginController::class, 'logout'])->middleware('auth')->name('auth.logout');
Route::get('/', [DashboardController::class, 'index'])->middleware('auth')->name('index');
