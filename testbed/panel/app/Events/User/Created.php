<?php

namespace Pterodactyl\Events\User;

use Illuminate\Queue\SerializesModels;
use Pterodactyl\Models\User;

class Created
{
    use SerializesModels;

    public function __construct(public User $user)
    {
    }
}
