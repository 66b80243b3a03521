<?php

namespace Pterodactyl\Tests\Integration;

use Illuminate\Foundation\Testing\DatabaseTransactions;
use Pterodactyl\Models\Server;
use Pterodactyl\Models\User;
use Pterodactyl\Tests\TestCase;

/** Each test runs in a transaction over the world bootstrap/tests.php seeded. */
abstract class DoubleIntegrationTestCase extends TestCase
{
    use DatabaseTransactions;

    protected function server(string $externalId): Server
    {
        return Server::query()->where('external_id', $externalId)->firstOrFail();
    }

    protected function user(string $username): User
    {
        return User::query()->where('username', $username)->firstOrFail();
    }
}
