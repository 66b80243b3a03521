<?php

namespace Pterodactyl\Events\Server;

use Illuminate\Queue\SerializesModels;
use Pterodactyl\Models\Server;

class Updating
{
    use SerializesModels;

    public function __construct(public Server $server)
    {
    }
}
