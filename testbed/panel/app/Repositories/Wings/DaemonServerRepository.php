<?php

namespace Pterodactyl\Repositories\Wings;

use GuzzleHttp\Client;
use GuzzleHttp\Exception\TransferException;
use Pterodactyl\Exceptions\Http\Connection\DaemonConnectionException;
use Pterodactyl\Models\Server;

/** As the panel's: the calls to a server's node (Wings) that matter here, with the panel's error handling. */
class DaemonServerRepository
{
    private ?Server $server = null;

    public function setServer(Server $server): self
    {
        $this->server = $server;

        return $this;
    }

    /** Wings refuses websocket/SFTP tokens carrying this JTI from now on (the user's tokens for this server). */
    public function revokeUserJTI(int $id): void
    {
        $this->revokeJTIs([md5($id . $this->server()->uuid)]);
    }

    public function revokeJTIs(array $jtis): void
    {
        $this->post(sprintf('/api/servers/%s/ws/deny', $this->server()->uuid), ['jtis' => $jtis]);
    }

    public function sync(): void
    {
        $this->post(sprintf('/api/servers/%s/sync', $this->server()->uuid), []);
    }

    private function post(string $path, array $json): void
    {
        $node = $this->server()->node;
        $client = new Client([
            'base_uri' => $node->getConnectionAddress(),
            'timeout' => config('pterodactyl.guzzle.timeout'),
            'connect_timeout' => config('pterodactyl.guzzle.connect_timeout'),
            'headers' => ['Authorization' => 'Bearer ' . $node->getDecryptedKey(), 'Accept' => 'application/json', 'Content-Type' => 'application/json'],
        ]);
        try {
            $client->post($path, ['json' => $json]);
        } catch (TransferException $exception) {
            $status = method_exists($exception, 'getResponse') ? $exception->getResponse()?->getStatusCode() : null;
            throw new DaemonConnectionException($exception, $status);
        }
    }

    private function server(): Server
    {
        return $this->server ?? throw new \LogicException('Call setServer() first.');
    }
}
