<?php

namespace Pterodactyl\Repositories\Wings;

use GuzzleHttp\Exception\GuzzleException;
use GuzzleHttp\Exception\TransferException;
use Pterodactyl\Exceptions\Http\Connection\DaemonConnectionException;
use Pterodactyl\Models\Server;

/** As the panel's, reduced to the calls that matter here: details (the server's state), token revocation and sync. */
class DaemonServerRepository extends DaemonRepository
{
    /**
     * Wings' view of the server: `state` (offline, starting, running, stopping), `is_suspended`, utilization.
     *
     * @throws DaemonConnectionException
     */
    public function getDetails(): array
    {
        $this->assertServer();
        try {
            $response = $this->getHttpClient()->get(sprintf('/api/servers/%s', $this->server->uuid));
        } catch (TransferException $exception) {
            throw new DaemonConnectionException($exception, false);
        }

        return json_decode($response->getBody()->__toString(), true);
    }

    /** @throws DaemonConnectionException */
    public function sync(): void
    {
        $this->assertServer();
        try {
            $this->getHttpClient()->post("/api/servers/{$this->server->uuid}/sync");
        } catch (GuzzleException $exception) {
            throw new DaemonConnectionException($exception);
        }
    }

    /**
     * Wings then refuses websocket/SFTP JWTs issued before now that carry this JTI, which the panel derives
     * from the user and the server.
     *
     * @throws DaemonConnectionException
     */
    public function revokeUserJTI(int $id): void
    {
        $this->assertServer();
        $this->revokeJTIs([md5($id . $this->server->uuid)]);
    }

    /** @throws DaemonConnectionException */
    protected function revokeJTIs(array $jtis): void
    {
        $this->assertServer();
        try {
            $this->getHttpClient()->post(sprintf('/api/servers/%s/ws/deny', $this->server->uuid), ['json' => ['jtis' => $jtis]]);
        } catch (TransferException $exception) {
            throw new DaemonConnectionException($exception);
        }
    }

    private function assertServer(): void
    {
        if (!$this->server instanceof Server) {
            throw new \InvalidArgumentException('Expected an instance of Pterodactyl\Models\Server. Got: null');
        }
    }
}
