<?php

namespace Pterodactyl\Services\Users;

use Illuminate\Contracts\Hashing\Hasher;
use Pterodactyl\Models\User;

class UserUpdateService
{
    public function __construct(private Hasher $hasher)
    {
    }

    public function handle(User $user, array $data): User
    {
        if (!empty($data['password'])) {
            $data['password'] = $this->hasher->make($data['password']);
        } else {
            unset($data['password']);
        }
        $user->forceFill($data)->saveOrFail();

        return $user->refresh();
    }
}
