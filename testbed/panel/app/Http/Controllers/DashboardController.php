<?php

namespace Pterodactyl\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\View\View;

class DashboardController extends Controller
{
    public function index(Request $request): View
    {
        return view('dashboard', ['servers' => $request->user()->accessibleServers()->orderBy('servers.name')->get()]);
    }
}
