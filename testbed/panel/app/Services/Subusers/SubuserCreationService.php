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

/**
 * As the panel's: gives the user with this email access to the server, creating the account (which mails a
 * setup link) when the email is unknown. Refuses the server's owner and an existing subuser of the server.
 */
class SubuserCreationService
{
    public function __construct(private ConnectionInterface $connection, private UserCreationService $userCreationService)
    {
    }

    /**
     * @throws \Pterodactyl\Exceptions\Model\DataValidationException
     * @throws ServerSubuserExistsException
     * @throws UserIsServerOwnerException
     */
    public function handle(Server $server, string $email, array $permissions): Subuser
    {
        return $this->connection->transaction(function () use ($server, $email, $permissions) {
            $user = User::query()->where('email', $email)->first();
            if ($user !== null) {
                if ($server->owner_id === $user->id) {
                    throw new UserIsServerOwnerException('Cannot add the owner of a server as a subuser of that server.');
                }
                if (Subuser::query()->where('user_id', $user->id)->where('server_id', $server->id)->count() !== 0) {
                    throw new ServerSubuserExistsException('A user with that email address is already assigned as a subuser for this server.');
                }
            } else {
                // As the panel: the email's local part, capped at 64 characters, plus three random ones.
                $username = substr(preg_replace('/([^\w\.-]+)/', '', strtok($email, '@')), 0, 64) . Str::random(3);
                $user = $this->userCreationService->handle([
                    'email' => $email,
                    'username' => $username,
                    'name_first' => 'Server',
                    'name_last' => 'Subuser',
                    'root_admin' => false,
                ]);
            }

            return Subuser::query()->create([
                'user_id' => $user->id,
                'server_id' => $server->id,
                'permissions' => array_unique($permissions),
            ]);
        });
    }
}
