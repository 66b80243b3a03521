<?php

namespace Pterodactyl\Console\Commands;

use Database\Seeders\TestbedSeeder;
use Illuminate\Console\Command;
use Pterodactyl\Models\Egg;
use Pterodactyl\Models\Node;
use Pterodactyl\Models\Server;
use Pterodactyl\Models\User;

/** Adds a server owned by the house account, as an admin creating one would. Part of the double. */
class TestbedAddServerCommand extends Command
{
    protected $signature = 'testbed:add-server {external_id} {name} {--node=TX1 Dallas} {--egg=Paper}';

    protected $description = 'Create a test-bed server (owned by "house") and print it as JSON';

    public function handle(TestbedSeeder $seeder): int
    {
        $server = $seeder->createServer(
            $this->argument('external_id'),
            $this->argument('name'),
            Node::query()->where('name', $this->option('node'))->firstOrFail(),
            Egg::query()->where('name', $this->option('egg'))->firstOrFail(),
            User::query()->where('username', 'house')->firstOrFail(),
            30000 + (int) Server::query()->max('id'),
        );
        $this->line(json_encode($server->only(['id', 'uuid', 'external_id', 'name'])));

        return 0;
    }
}
