<?php

namespace Pterodactyl\Services\Users;

use Illuminate\Support\Facades\DB;
use Pterodactyl\Exceptions\DisplayException;
use Pterodactyl\Models\Server;
use Pterodactyl\Models\User;

/** As the panel's: refuses users who own servers; deletes with a query, so no model events fire. */
class UserDeletionService
{
    public function handle(int|User $user): void
    {
        $id = $user instanceof User ? $user->id : $user;
        if (Server::query()->where('owner_id', $id)->exists()) {
            throw new DisplayException('Cannot delete a user with active servers attached to their account. Please delete their servers before continuing.');
        }
        DB::table('users')->where('id', $id)->delete();
    }
}
