<?php

namespace Paymenter\Extensions\Servers\Tiergate;

use App\Models\Server;
use App\Models\Product;
use App\Models\Service;

/** Whether a service's product is provisioned through a Tiergate server row (events are only for those). */
final class TiergateServices
{
    public static function owns(?Service $service): bool
    {
        return $service !== null && self::productUsesTiergate($service->product_id);
    }

    /** A product change counts when either side is a Tiergate product: moving away from one must revoke its access. */
    public static function ownsBeforeOrAfter(Service $service): bool
    {
        return self::owns($service) || ($service->isDirty('product_id') && self::productUsesTiergate($service->getOriginal('product_id')));
    }

    private static function productUsesTiergate(mixed $productId): bool
    {
        $serverId = $productId === null ? null : Product::query()->whereKey($productId)->value('server_id');

        return $serverId !== null && Server::query()->whereKey($serverId)->value('extension') === 'Tiergate';
    }
}
