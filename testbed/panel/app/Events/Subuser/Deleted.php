<?php

namespace Pterodactyl\Events\Subuser;

use Illuminate\Queue\SerializesModels;
use Pterodactyl\Models\Subuser;

class Deleted
{
    use SerializesModels;

    public function __construct(public Subuser $subuser)
    {
    }
}
