<?php

namespace Paymenter\Extensions\Servers\Tiergate\Listeners;

use App\Events\Service\Updated;
use Paymenter\Extensions\Servers\Tiergate\TiergateServices;
use Paymenter\Extensions\Servers\Tiergate\Outbox\OutboxWriter;

/**
 * A status or product change on a service, including an admin editing the status field (which calls no
 * extension). Runs synchronously inside the save: a queued listener would see the model after the change.
 */
class RecordServiceChange
{
    public function handle(Updated $event): void
    {
        $service = $event->service;
        if (($service->isDirty('status') || $service->isDirty('product_id')) && TiergateServices::ownsBeforeOrAfter($service)) {
            OutboxWriter::record('subscription.updated', $service);
        }
    }
}
