<?php

namespace Pterodactyl\Observers;

use Pterodactyl\Events;
use Pterodactyl\Models\Server;

/** As the panel's: an event around each create, save, update and delete of a server. */
class ServerObserver
{
    public function creating(Server $server): void
    {
        event(new Events\Server\Creating($server));
    }

    public function created(Server $server): void
    {
        event(new Events\Server\Created($server));
    }

    public function deleting(Server $server): void
    {
        event(new Events\Server\Deleting($server));
    }

    public function deleted(Server $server): void
    {
        event(new Events\Server\Deleted($server));
    }

    public function saving(Server $server): void
    {
        event(new Events\Server\Saving($server));
    }

    public function saved(Server $server): void
    {
        event(new Events\Server\Saved($server));
    }

    public function updating(Server $server): void
    {
        event(new Events\Server\Updating($server));
    }

    public function updated(Server $server): void
    {
        event(new Events\Server\Updated($server));
    }
}
