<?php

namespace Database\Factories;

use Illuminate\Database\Eloquent\Factories\Factory;
use Illuminate\Support\Str;
use Pterodactyl\Models\Server;

/** Give it owner_id, node_id, allocation_id, nest_id and egg_id. */
class ServerFactory extends Factory
{
    protected $model = Server::class;

    public function definition(): array
    {
        $uuid = Str::uuid()->toString();

        return [
            'uuid' => $uuid,
            'uuidShort' => substr($uuid, 0, 8),
            'name' => $this->faker->firstName(),
            'description' => implode(' ', $this->faker->sentences()),
            'skip_scripts' => false,
            'status' => null,
            'memory' => 512,
            'swap' => 0,
            'disk' => 512,
            'io' => 500,
            'cpu' => 0,
            'threads' => null,
            'oom_disabled' => false,
            'startup' => '/bin/bash echo "hello world"',
            'image' => 'foo/bar:latest',
            'allocation_limit' => null,
            'database_limit' => null,
            'backup_limit' => 0,
            'created_at' => now(),
            'updated_at' => now(),
        ];
    }
}
