<?php

namespace Paymenter\Extensions\Servers\Tiergate\Listeners;

use App\Models\Service;
use App\Events\InvoiceTransaction\Created;
use App\Events\InvoiceTransaction\Updated;
use Paymenter\Extensions\Servers\Tiergate\TiergateServices;
use Paymenter\Extensions\Servers\Tiergate\Outbox\OutboxWriter;

/** A gateway reported a failed charge (ExtensionHelper::addFailedPayment): payment.failed for the invoice's services. */
class RecordFailedPayment
{
    public function handle(Created|Updated $event): void
    {
        $transaction = $event->invoiceTransaction;
        $status = $transaction->status instanceof \BackedEnum ? $transaction->status->value : $transaction->status;
        if ($status !== 'failed' || ($event instanceof Updated && !$transaction->wasChanged('status') && !$transaction->isDirty('status'))) {
            return;
        }
        foreach ($transaction->invoice->items()->get() as $item) {
            if ($item->reference_type === 'service' || $item->reference_type === Service::class) {
                $service = Service::query()->whereKey($item->reference_id)->first();
                if ($service !== null && TiergateServices::owns($service)) {
                    OutboxWriter::record('payment.failed', $service);
                }
            }
        }
    }
}
