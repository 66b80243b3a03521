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
 *
 * Like the panel's, it calls beginTransaction() and commit() with NO rollback: when the save or the token
 * throws (a validation error, a unique race, a deadlock), the connection is left inside the open transaction.
 */
class UserCreationService
{
    public function __construct(private ConnectionInterface $connection, private Hasher $hasher, private PasswordBroker $passwordBroker)
    {
    }

    public function handle(array $data): User
    {
        if (array_key_exists('password', $data) && !empty($data['password'])) {
            $data['password'] = $this->hasher->make($data['password']);
        }

        $this->connection->beginTransaction();
        if (!isset($data['password']) || empty($data['password'])) {
            $generateResetToken = true;
            $data['password'] = $this->hasher->make(Str::random(30));
        }

        // As the panel's UserRepository::create($data, validate: true, force: true): validated save, then fresh().
        $user = new User();
        $user->forceFill(array_merge($data, ['uuid' => Str::uuid()->toString()]))->save();
        $user = $user->fresh();

        if (isset($generateResetToken)) {
            $token = $this->passwordBroker->createToken($user);
        }

        $this->connection->commit();
        $user->notify(new AccountCreated($user, $token ?? null));

        return $user;
    }
}
