<?php

namespace Pterodactyl\Http\Middleware;

use Illuminate\Http\Request;
use Illuminate\Support\Str;
use Pterodactyl\Exceptions\Http\TwoFactorAuthRequiredException;

/**
 * As the panel's: with `pterodactyl.auth.2fa_required` at 1 (admins) or 2 (everyone), a user without TOTP is
 * sent to /account (an API call gets an error). The double has no account page; the default level is 0.
 */
class RequireTwoFactorAuthentication
{
    public const LEVEL_NONE = 0;
    public const LEVEL_ADMIN = 1;
    public const LEVEL_ALL = 2;

    protected string $redirectRoute = '/account';

    public function handle(Request $request, \Closure $next): mixed
    {
        $user = $request->user();
        $uri = rtrim($request->getRequestUri(), '/') . '/';
        $current = (string) $request->route()?->getName();
        if (!$user || Str::startsWith($uri, ['/auth/']) || Str::startsWith($current, ['auth.', 'account.'])) {
            return $next($request);
        }

        $level = (int) config('pterodactyl.auth.2fa_required');
        if ($level === self::LEVEL_NONE || $user->use_totp || ($level === self::LEVEL_ADMIN && !$user->root_admin)) {
            return $next($request);
        }
        if ($request->isJson() || Str::startsWith($uri, '/api/')) {
            throw new TwoFactorAuthRequiredException();
        }
        session()->flash('blueprint.alerts', [['type' => 'danger', 'message' => 'The account must have two-factor authentication enabled in order to continue.']]);

        return redirect()->to($this->redirectRoute);
    }
}
