<?php

namespace Pterodactyl\Http\Controllers\Auth;

use Illuminate\Http\RedirectResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Auth;
use Illuminate\View\View;
use Pterodactyl\Http\Controllers\Controller;
use Pterodactyl\Models\User;

/** A plain form login (the real panel's is a React page over the same session guard). */
class LoginController extends Controller
{
    public function show(): View
    {
        return view('auth.login');
    }

    public function login(Request $request): RedirectResponse
    {
        $data = $request->validate(['user' => 'required|string', 'password' => 'required|string']);
        $field = str_contains($data['user'], '@') ? 'email' : 'username';
        $user = User::query()->where($field, strtolower($data['user']))->first();

        if (!$user || !Auth::attempt([$field => $user->{$field}, 'password' => $data['password']])) {
            return redirect()->route('auth.login')->withErrors(['user' => 'These credentials do not match our records.']);
        }
        $request->session()->regenerate();

        return redirect()->intended($user->root_admin ? '/admin' : '/');
    }

    public function logout(Request $request): RedirectResponse
    {
        Auth::logout();
        $request->session()->invalidate();
        $request->session()->regenerateToken();

        return redirect()->route('auth.login');
    }
}
