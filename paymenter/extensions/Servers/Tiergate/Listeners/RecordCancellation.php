<?php

namespace Paymenter\Extensions\Servers\Tiergate\Listeners;

use App\Events\ServiceCancellation\Created;
use Paymenter\Extensions\Servers\Tiergate\TiergateServices;
use Paymenter\Extensions\Servers\Tiergate\Outbox\OutboxWriter;

/** A cancellation request: at the end of the paid period, or now (the snapshot reads which from the row). */
class RecordCancellation
{
    public function handle(Created $event): void
    {
        $service = $event->cancellation->service;
        if (TiergateServices::owns($service)) {
            OutboxWriter::record('subscription.cancelled', $service);
        }
    }
}
