<?php

namespace Paymenter\Extensions\Servers\Tiergate\Delivery;

use App\Models\Server;
use App\Models\Service;

/** Where and with which secrets to deliver: the settings of the server row the service's product uses. */
final class PanelEndpoint
{
    /** @param string[] $secrets */
    public function __construct(public readonly string $webhookUrl, public readonly array $secrets)
    {
    }

    public static function fromConfig(array $config): self
    {
        $base = rtrim((string) ($config['panel_url'] ?? ''), '/');

        return new self($base . '/extensions/tiergate/webhook', array_values(array_filter([$config['secret'] ?? null, $config['previous_secret'] ?? null])));
    }

    public static function forService(Service $service): ?self
    {
        $server = $service->product?->server_id ? Server::query()->find($service->product->server_id) : null;

        return $server ? self::fromConfig($server->settings()->get()->pluck('value', 'key')->all()) : null;
    }
}
