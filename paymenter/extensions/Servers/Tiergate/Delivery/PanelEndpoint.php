<?php

namespace Paymenter\Extensions\Servers\Tiergate\Delivery;

use App\Models\Server;
use App\Models\Service;

/** Where and with which secrets to deliver: the settings of the server row the service's product uses. */
final class PanelEndpoint
{
    public const NOT_CONFIGURED = 'The Tiergate server in Paymenter has no panel URL or secret configured.';

    /** @param string[] $secrets */
    public function __construct(public readonly string $webhookUrl, public readonly array $secrets)
    {
    }

    /** @param array<string, mixed> $config the Tiergate server's settings */
    public static function fromConfig(array $config): self
    {
        $base = rtrim((string) ($config['panel_url'] ?? ''), '/');

        return new self($base . '/extensions/tiergate/webhook', array_values(array_filter([$config['secret'] ?? null, $config['previous_secret'] ?? null])));
    }

    /**
     * Why this panel URL must not be used, or null: events carry customers' emails and names, so they travel over
     * HTTPS; plain http is allowed only to this machine (loopback), where nothing crosses a network.
     */
    public function insecureReason(): ?string
    {
        $scheme = strtolower((string) parse_url($this->webhookUrl, PHP_URL_SCHEME));
        $host = strtolower(trim((string) parse_url($this->webhookUrl, PHP_URL_HOST), '[]'));
        if ($scheme === 'https') {
            return null;
        }
        $loopback = $host === 'localhost' || $host === '::1' || (filter_var($host, FILTER_VALIDATE_IP, FILTER_FLAG_IPV4) && str_starts_with($host, '127.'));
        if ($scheme === 'http' && $loopback) {
            return null;
        }

        return "The panel URL must start with https:// (plain http is allowed only for a panel on this machine): {$this->webhookUrl}";
    }

    public static function forService(Service $service): ?self
    {
        return self::forServer($service->product?->server_id);
    }

    public static function forServer(mixed $serverId): ?self
    {
        $server = $serverId ? Server::query()->whereKey($serverId)->first() : null;

        return $server ? self::fromConfig($server->settings()->get()->pluck('value', 'key')->all()) : null;
    }
}
