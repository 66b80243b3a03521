<?php

namespace Database\Seeders;

use Illuminate\Database\Seeder;
use Illuminate\Support\Facades\Crypt;
use Illuminate\Support\Facades\Hash;
use Illuminate\Support\Str;
use Pterodactyl\Models\Allocation;
use Pterodactyl\Models\Egg;
use Pterodactyl\Models\Location;
use Pterodactyl\Models\Node;
use Pterodactyl\Models\Server;
use Pterodactyl\Models\Subuser;
use Pterodactyl\Models\User;

/**
 * The test bed's world (idempotent): an admin, an ordinary player, the "house" account that owns every
 * server, two nodes pointing at the Wings double, twelve servers in three groups, and one subuser row the
 * player was given by hand, which Tiergate must never touch.
 */
class TestbedSeeder extends Seeder
{
    public const DAEMON_TOKEN = 'testbed-wings-double-token-0123456789abcdef0123456789abcdef012345';

    private const SERVERS = [
        // external id => [name, node, egg]; Frost Hub and Frost Survival are the "public" Frost Path servers
        'frost-hub' => ['Frost Hub', 'NC1 Charlotte', 'Paper'],
        'frost-survival' => ['Frost Survival', 'NC1 Charlotte', 'Paper'],
        'frost-skyblock' => ['Frost Skyblock', 'NC1 Charlotte', 'Paper'],
        'frost-creative' => ['Frost Creative', 'NC1 Charlotte', 'Paper'],
        'frost-events' => ['Frost Events', 'NC1 Charlotte', 'Paper'],
        'fire-hub' => ['Fire Hub', 'TX1 Dallas', 'Paper'],
        'fire-survival' => ['Fire Survival', 'TX1 Dallas', 'Paper'],
        'fire-skyblock' => ['Fire Skyblock', 'TX1 Dallas', 'Paper'],
        'fire-factions' => ['Fire Factions', 'TX1 Dallas', 'Paper'],
        'fire-events' => ['Fire Events', 'TX1 Dallas', 'Paper'],
        'beta-proxy' => ['Beta Proxy', 'TX1 Dallas', 'Bungeecord'],
        'beta-lab' => ['Beta Lab', 'TX1 Dallas', 'Bungeecord'],
    ];

    public function run(): void
    {
        $this->user('admin', 'admin@tiergate.test', env('TESTBED_ADMIN_PASSWORD', 'tiergate-admin'), true);
        $player = $this->user('player', 'player@tiergate.test', env('TESTBED_USER_PASSWORD', 'tiergate-user'), false);
        $house = $this->user('house', 'house@tiergate.test', Str::random(32), false);

        $nodes = [
            'NC1 Charlotte' => $this->node('NC1 Charlotte', $this->location('us-east', 'NC1 Charlotte')),
            'TX1 Dallas' => $this->node('TX1 Dallas', $this->location('us-central', 'TX1 Dallas')),
        ];

        $port = 25565;
        foreach (self::SERVERS as $externalId => [$name, $node, $eggName]) {
            $this->createServer($externalId, $name, $nodes[$node], Egg::query()->where('name', $eggName)->firstOrFail(), $house, $port++);
        }

        $fireHub = Server::query()->where('external_id', 'fire-hub')->firstOrFail();
        Subuser::query()->firstOrCreate(['user_id' => $player->id, 'server_id' => $fireHub->id], ['permissions' => ['websocket.connect', 'control.console']]);
    }

    private function user(string $username, string $email, string $password, bool $admin): User
    {
        $user = User::query()->where('username', $username)->first() ?? new User();
        $user->forceFill([
            'uuid' => $user->uuid ?? Str::uuid()->toString(),
            'username' => $username,
            'email' => $email,
            'name_first' => ucfirst($username),
            'name_last' => 'Testbed',
            'password' => Hash::make($password),
            'root_admin' => $admin,
        ])->save();

        return $user;
    }

    private function location(string $short, string $long): Location
    {
        return Location::query()->updateOrCreate(['short' => $short], ['long' => $long]);
    }

    private function node(string $name, Location $location): Node
    {
        $node = Node::query()->where('name', $name)->first() ?? new Node();
        $node->forceFill([
            'uuid' => $node->uuid ?? Str::uuid()->toString(),
            'public' => true,
            'name' => $name,
            'location_id' => $location->id,
            'fqdn' => '127.0.0.1',
            'scheme' => 'http',
            'memory' => 65536,
            'disk' => 1048576,
            'daemon_token_id' => $node->daemon_token_id ?? Str::random(Node::DAEMON_TOKEN_ID_LENGTH),
            // As the panel stores it: encrypt(), so serialized.
            'daemon_token' => Crypt::encrypt(self::DAEMON_TOKEN),
            'daemonListen' => (int) env('WINGS_DOUBLE_PORT', 8081),
        ])->save();

        return $node;
    }

    public function createServer(string $externalId, string $name, Node $node, Egg $egg, User $owner, int $port): Server
    {
        if ($server = Server::query()->where('external_id', $externalId)->first()) {
            return $server;
        }
        $allocation = Allocation::query()->firstOrCreate(['node_id' => $node->id, 'ip' => '127.0.0.1', 'port' => $port]);
        $uuid = Str::uuid()->toString();
        $server = (new Server())->forceFill([
            'external_id' => $externalId,
            'uuid' => $uuid,
            'uuidShort' => substr($uuid, 0, 8),
            'node_id' => $node->id,
            'name' => $name,
            'description' => "{$name} on {$node->name}",
            'owner_id' => $owner->id,
            'memory' => 4096,
            'swap' => 0,
            'disk' => 10240,
            'io' => 500,
            'cpu' => 200,
            'allocation_id' => $allocation->id,
            'nest_id' => $egg->nest_id,
            'egg_id' => $egg->id,
            'startup' => (string) $egg->startup,
            'image' => array_values($egg->docker_images)[0],
            'status' => null,
            'allocation_limit' => null,
            'database_limit' => 0,
            'backup_limit' => 0,
            'installed_at' => now(),
        ]);
        $server->save();
        $allocation->forceFill(['server_id' => $server->id])->save();

        return $server;
    }
}
