<?php

namespace Paymenter\Extensions\Servers\Tiergate\Listeners;

use App\Models\Service;
use App\Events\Invoice\Paid;
use Paymenter\Extensions\Servers\Tiergate\TiergateServices;
use Paymenter\Extensions\Servers\Tiergate\Outbox\OutboxWriter;

/** A paid invoice renews its services; the event carries the new expires_at (the renewal ran before Paid fired). */
class RecordPaidInvoice
{
    public function handle(Paid $event): void
    {
        foreach ($event->invoice->items()->get() as $item) {
            if ($item->reference_type === 'service' || $item->reference_type === Service::class) {
                $service = Service::query()->whereKey($item->reference_id)->first();
                if ($service !== null && TiergateServices::owns($service)) {
                    OutboxWriter::record('payment.succeeded', $service);
                }
            }
        }
    }
}
