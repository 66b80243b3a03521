<?php

namespace Pterodactyl\Repositories\Wings;

use GuzzleHttp\Client;
use Illuminate\Contracts\Foundation\Application;
use Pterodactyl\Models\Node;
use Pterodactyl\Models\Server;

/** As the panel's base for Wings calls: a Guzzle client per call, aimed at the node, with its bearer token. */
abstract class DaemonRepository
{
    protected ?Server $server = null;

    protected ?Node $node = null;

    public function __construct(protected Application $app)
    {
    }

    public function setServer(Server $server): self
    {
        $this->server = $server;
        $this->setNode($server->node);

        return $this;
    }

    public function setNode(Node $node): self
    {
        $this->node = $node;

        return $this;
    }

    public function getHttpClient(array $headers = []): Client
    {
        if (!$this->node instanceof Node) {
            throw new \InvalidArgumentException('Expected an instance of Pterodactyl\Models\Node. Got: null');
        }

        return new Client([
            'verify' => $this->app->environment('production'),
            'base_uri' => $this->node->getConnectionAddress(),
            'timeout' => config('pterodactyl.guzzle.timeout'),
            'connect_timeout' => config('pterodactyl.guzzle.connect_timeout'),
            'headers' => array_merge($headers, [
                'Authorization' => 'Bearer ' . $this->node->getDecryptedKey(),
                'Accept' => 'application/json',
                'Content-Type' => 'application/json',
            ]),
        ]);
    }
}
