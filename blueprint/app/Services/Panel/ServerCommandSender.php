<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel;

use Pterodactyl\Models\Server;
use GuzzleHttp\Exception\RequestException;
use Illuminate\Contracts\Encryption\DecryptException;
use Pterodactyl\Repositories\Wings\DaemonServerRepository;
use Pterodactyl\Repositories\Wings\DaemonCommandRepository;
use Pterodactyl\Exceptions\Http\Connection\DaemonConnectionException;

/**
 * The only door to a server's console: the panel's own Wings path (DaemonCommandRepository::send, which POSTs
 * /api/servers/{uuid}/commands), and Wings' view of whether the server is running (DaemonServerRepository::getDetails).
 * Wings answers 502 "Cannot send commands to a stopped server instance." for a server that is not running.
 */
class ServerCommandSender
{
    public function __construct(private DaemonCommandRepository $commands, private DaemonServerRepository $details)
    {
    }

    /**
     * @param string[] $uuids
     *
     * @return array<string, Server> uuid → server; a uuid the panel no longer has is missing
     */
    public function servers(array $uuids): array
    {
        return Server::query()->whereIn('uuid', array_values(array_unique($uuids)))->get()->keyBy('uuid')->all();
    }

    /**
     * Sends the commands, in order, in one call.
     *
     * @param string[] $commands
     *
     * @throws DaemonConnectionException the server is not running, or Wings could not be reached or refused
     * @throws DecryptException the node's daemon token is stored under another APP_KEY
     */
    public function send(Server $server, array $commands): void
    {
        $this->commands->setServer($server);
        $this->commands->send(array_values($commands));
    }

    /** Wings' process state (offline, starting, running, stopping), or null when Wings cannot tell. */
    public function state(Server $server): ?string
    {
        try {
            $this->details->setServer($server);
            $state = $this->details->getDetails()['state'] ?? null;

            return is_string($state) ? $state : null;
        } catch (DaemonConnectionException|DecryptException) {
            return null;
        }
    }

    /** Why Wings refused: its own `error` text when it sent one (the panel's message drops it for 5xx answers). */
    public static function reason(\Throwable $e): string
    {
        $previous = $e->getPrevious();
        if ($previous instanceof RequestException && $previous->getResponse() !== null) {
            $error = json_decode((string) $previous->getResponse()->getBody(), true)['error'] ?? null;
            if (is_string($error) && $error !== '') {
                return sprintf('Wings answered %d: %s', $previous->getResponse()->getStatusCode(), mb_strimwidth($error, 0, 300, '…'));
            }
        }

        return mb_strimwidth($e->getMessage(), 0, 500, '…');
    }
}
