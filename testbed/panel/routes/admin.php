<?php

use Illuminate\Support\Facades\Route;
use Pterodactyl\Http\Controllers\Admin\IndexController;

Route::get('/', [IndexController::class, 'index'])->name('admin.index');
