<?php

namespace Pterodactyl\Observers;

use Pterodactyl\Models\Subuser;
use Pterodactyl\Notifications\AddedToServer;
use Pterodactyl\Notifications\RemovedFromServer;

/** As the panel's: one email per server on every add and every removal. */
class SubuserObserver
{
    public function created(Subuser $subuser): void
    {
        $subuser->user->notify(new AddedToServer(['user' => $subuser->user->name_first, 'name' => $subuser->server->name, 'uuidShort' => $subuser->server->uuidShort]));
    }

    public function deleted(Subuser $subuser): void
    {
        $subuser->user?->notify(new RemovedFromServer(['user' => $subuser->user->name_first, 'name' => $subuser->server->name]));
    }
}
