<?php

namespace Paymenter\Extensions\Servers\Tiergate;

use App\Models\Server;
use App\Models\Service;

/** Whether a service's product is provisioned through a Tiergate server row (events are only for those). */
final class TiergateServices
{
    public static function owns(?Service $service): bool
    {
        $serverId = $service?->product?->server_id;

        return $serverId !== null && Server::query()->whereKey($serverId)->value('extension') === 'Tiergate';
    }
}
