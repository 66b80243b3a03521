<?php

namespace Pterodactyl\Repositories\Wings;

use GuzzleHttp\Exception\TransferException;
use Psr\Http\Message\ResponseInterface;
use Pterodactyl\Exceptions\Http\Connection\DaemonConnectionException;
use Pterodactyl\Models\Server;

/**
 * As the panel's: POSTs `{"commands": [...]}` to `/api/servers/{uuid}/commands`. Wings answers 204, or 502
 * "Cannot send commands to a stopped server instance." when the server is not running; any transfer error or
 * non-2xx answer becomes a DaemonConnectionException.
 */
class DaemonCommandRepository extends DaemonRepository
{
    /** @throws DaemonConnectionException */
    public function send(array|string $command): ResponseInterface
    {
        if (!$this->server instanceof Server) {
            throw new \InvalidArgumentException('Expected an instance of Pterodactyl\Models\Server. Got: null');
        }

        try {
            return $this->getHttpClient()->post(sprintf('/api/servers/%s/commands', $this->server->uuid), [
                'json' => ['commands' => is_array($command) ? $command : [$command]],
            ]);
        } catch (TransferException $exception) {
            throw new DaemonConnectionException($exception);
        }
    }
}
