<?php

namespace Pterodactyl\Http\Middleware;

use Illuminate\Foundation\Http\Middleware\VerifyCsrfToken as BaseVerifier;

class VerifyCsrfToken extends BaseVerifier
{
    /** As the panel: only the daemon-facing routes are exempt. */
    protected $except = ['remote/*', 'daemon/*'];
}
