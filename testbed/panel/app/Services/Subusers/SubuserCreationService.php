<?php

namespace Pterodactyl\Services\Subusers;

use Illuminate\Database\ConnectionInterface;
use Illuminate\Support\Str;
use Pterodactyl\Exceptions\Service\Subuser\ServerSubuserExistsException;
use Pterodactyl\Exceptions\Service\Subuser\UserIsServerOwnerException;
use Pterodactyl\Models\Server;
use Pterodactyl\Models\Subuser;
use Pterodactyl\Models\User;
use Pterodactyl\Services\Users\UserCreationService;

/** As the panel's: creates the user when the email is unknown; refuses the owner and duplicates. */
class SubuserCreationService
{
    public function __construct(private ConnectionInterface $connection, private UserCreationService $userCreationService)
    {
    }

    public function handle(Server $server, string $email, array $permissions): Subuser
    {
        return $this->connection->transaction(function () use ($server, $email, $permissions) {
            $user = User::query()->where('email', $email)->first();
            if ($user === null) {
                $username = preg_replace('/([^\w\.-]+)/', '', strtok($email, '@'));
                $user = $this->userCreationService->handle([
                    'email' => $email,
                    'username' => $username . Str::random(3),
                    'name_first' => 'Server',
                    'name_last' => 'Subuser',
                    'root_admin' => false,
                ]);
            }
            if ($server->owner_id === $user->id) {
                throw new UserIsServerOwnerException('Cannot add the owner of a server as a subuser of that server.');
            }
            if (Subuser::query()->where('user_id', $user->id)->where('server_id', $server->id)->exists()) {
                throw new ServerSubuserExistsException('A user with that email address is already assigned as a subuser for this server.');
            }

            return Subuser::query()->create(['user_id' => $user->id, 'server_id' => $server->id, 'permissions' => array_unique($permissions)]);
        });
    }
}
