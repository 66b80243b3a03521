<?php

namespace Pterodactyl\Console\Commands;

use Illuminate\Console\Command;
use Pterodactyl\Models\Node;
use Pterodactyl\Models\Server;
use Pterodactyl\Models\Subuser;
use Pterodactyl\Models\User;

/** Prints the test-bed fixtures' ids as JSON, for tests and scripts. Part of the double, not of Pterodactyl. */
class TestbedFixturesCommand extends Command
{
    protected $signature = 'testbed:fixtures';

    protected $description = 'Print the test-bed fixture ids as JSON';

    public function handle(): int
    {
        $users = User::query()->whereIn('username', ['admin', 'player', 'house'])->pluck('id', 'username');
        $manual = Subuser::query()->where('user_id', $users['player'] ?? 0)->first();
        $this->line(json_encode([
            'users' => $users,
            'nodes' => Node::query()->pluck('id', 'name'),
            'servers' => Server::query()->whereNotNull('external_id')->get(['id', 'uuid', 'external_id', 'name', 'node_id', 'egg_id'])->keyBy('external_id'),
            'manual_subuser' => $manual ? ['id' => $manual->id, 'user_id' => $manual->user_id, 'server_id' => $manual->server_id, 'permissions' => $manual->permissions] : null,
        ], JSON_PRETTY_PRINT));

        return 0;
    }
}
