<?php

namespace Pterodactyl\Services\Users;

use Illuminate\Auth\Passwords\PasswordBroker;
use Illuminate\Contracts\Hashing\Hasher;
use Illuminate\Database\ConnectionInterface;
use Illuminate\Support\Str;
use Pterodactyl\Models\User;
use Pterodactyl\Notifications\AccountCreated;

/**
 * As the panel's: with no password, a random one is set and a reset token is made, so the AccountCreated
 * mail carries a "Setup Your Account" link (valid 60 minutes). The mail is always sent, after commit.
 */
class UserCreationService
{
    public function __construct(private ConnectionInterface $connection, private Hasher $hasher, private PasswordBroker $passwordBroker)
    {
    }

    public function handle(array $data): User
    {
        $generateResetToken = false;
        if (array_key_exists('password', $data) && !empty($data['password'])) {
            $data['password'] = $this->hasher->make($data['password']);
        } else {
            $data['password'] = $this->hasher->make(Str::random(30));
            $generateResetToken = true;
        }

        [$user, $token] = $this->connection->transaction(function () use ($data, $generateResetToken) {
            $user = new User();
            $user->forceFill(array_merge($data, ['uuid' => Str::uuid()->toString()]))->save();
            $token = $generateResetToken ? $this->passwordBroker->createToken($user) : null;

            return [$user, $token];
        });

        $user->notify(new AccountCreated($user, $token));

        return $user;
    }
}
