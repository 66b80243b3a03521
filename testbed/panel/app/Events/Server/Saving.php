<?php

namespace Pterodactyl\Events\Server;

use Illuminate\Queue\SerializesModels;
use Pterodactyl\Models\Server;

class Saving
{
    use SerializesModels;

    public function __construct(public Server $server)
    {
    }
}
