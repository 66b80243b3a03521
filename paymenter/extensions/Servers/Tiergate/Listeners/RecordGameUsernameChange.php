<?php

namespace Paymenter\Extensions\Servers\Tiergate\Listeners;

use App\Models\Service;
use App\Events\Property\Created;
use App\Events\Property\Updated;
use Paymenter\Extensions\Servers\Tiergate\TiergateServices;
use Paymenter\Extensions\Servers\Tiergate\Outbox\OutboxWriter;
use Paymenter\Extensions\Servers\Tiergate\GameUsername\CustomerGameUsername;

/**
 * An admin setting or correcting a service's `game_username` in Paymenter: the panel hears the new name at once
 * (a subscription.updated carrying it) instead of with the next billing event. A pending service is skipped:
 * checkout writes the name before anything is sent, and the first event carries it.
 */
class RecordGameUsernameChange
{
    public function handle(Created|Updated $event): void
    {
        $property = $event->property;
        if ($property->key !== CustomerGameUsername::KEY || ($event instanceof Updated && !$property->wasChanged('value'))) {
            return;
        }
        $service = $property->model;
        if ($service instanceof Service && $service->status !== Service::STATUS_PENDING && TiergateServices::owns($service)) {
            OutboxWriter::record('subscription.updated', $service);
        }
    }
}
