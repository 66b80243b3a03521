<?php

namespace Database\Factories;

use Illuminate\Database\Eloquent\Factories\Factory;
use Pterodactyl\Models\Permission;
use Pterodactyl\Models\Subuser;

/** Give it user_id and server_id. */
class SubuserFactory extends Factory
{
    protected $model = Subuser::class;

    public function definition(): array
    {
        return ['permissions' => [Permission::ACTION_WEBSOCKET_CONNECT]];
    }
}
