<?php

namespace Pterodactyl\Http\Middleware;

use Closure;
use Illuminate\Http\Request;

class RedirectIfAuthenticated
{
    public function handle(Request $request, Closure $next): mixed
    {
        return $request->user() ? redirect('/') : $next($request);
    }
}
