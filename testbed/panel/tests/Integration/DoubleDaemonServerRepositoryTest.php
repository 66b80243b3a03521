<?php

namespace Pterodactyl\Tests\Integration;

use Pterodactyl\Exceptions\Http\Connection\DaemonConnectionException;
use Pterodactyl\Repositories\Wings\DaemonServerRepository;

/** The double's Wings repository fails like the panel's when the node cannot be reached. */
class DoubleDaemonServerRepositoryTest extends DoubleIntegrationTestCase
{
    public function testRevocationThrowsDaemonConnectionExceptionWhenNothingListens(): void
    {
        $server = $this->server('frost-hub');
        // Port 9 (discard) on loopback: nothing listens there, so the connection is refused at once.
        $server->node->forceFill(['daemonListen' => 9])->save();

        try {
            $this->app->make(DaemonServerRepository::class)->setServer($server->fresh())->revokeUserJTI(1);
            $this->fail('No exception was thrown.');
        } catch (DaemonConnectionException $exception) {
            $this->assertSame(504, $exception->getStatusCode());
            $this->assertStringContainsString('Could not establish a connection', $exception->getMessage());
        }
    }

    public function testTheNodeTokenDecryptsToTheSeededOne(): void
    {
        $this->assertSame(\Database\Seeders\TestbedSeeder::DAEMON_TOKEN, $this->server('fire-hub')->node->getDecryptedKey());
        $this->assertSame('http://127.0.0.1:' . env('WINGS_DOUBLE_PORT', 8081), $this->server('fire-hub')->node->getConnectionAddress());
    }
}
