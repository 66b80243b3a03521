<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel;

use Pterodactyl\Models\User;

/** A free username that passes the panel's rule: 3+ characters, ^[a-z0-9][\w.-]+[a-z0-9]$, unique. */
class UsernameGenerator
{
    public const RULE = '/^[a-z0-9]([\w\.-]+)[a-z0-9]$/';

    public function for(string $email): string
    {
        $base = strtolower(explode('@', $email)[0]);
        $base = preg_replace('/[^a-z0-9_.-]/', '', $base);
        $base = trim(substr($base, 0, 40), '_.-');
        if (strlen($base) < 3) {
            $base = 'player' . $base;
        }

        $candidate = $base;
        for ($n = 2; User::query()->where('username', $candidate)->exists(); ++$n) {
            $candidate = "{$base}-{$n}";
        }

        return $candidate;
    }
}
