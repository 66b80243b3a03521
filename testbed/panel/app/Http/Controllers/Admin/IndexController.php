<?php

namespace Pterodactyl\Http\Controllers\Admin;

use Illuminate\View\View;
use Pterodactyl\Http\Controllers\Controller;
use Pterodactyl\Providers\RouteServiceProvider;

class IndexController extends Controller
{
    public function index(): View
    {
        return view('admin.index', ['extensions' => RouteServiceProvider::installedExtensions()]);
    }
}
