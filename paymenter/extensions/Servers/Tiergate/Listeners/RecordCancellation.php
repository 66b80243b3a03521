<?php

namespace Paymenter\Extensions\Servers\Tiergate\Listeners;

use App\Events\ServiceCancellation\Created;
use Paymenter\Extensions\Servers\Tiergate\Outbox\OutboxWriter;
use Paymenter\Extensions\Servers\Tiergate\TiergateServices;

/** A cancellation request: at the end of the paid period, or now. */
class RecordCancellation
{
    public function handle(Created $event): void
    {
        $service = $event->cancellation->service;
        if (TiergateServices::owns($service)) {
            OutboxWriter::record('subscription.cancelled', $service, ['cancel_at_period_end' => $event->cancellation->type === 'end_of_period']);
        }
    }
}
