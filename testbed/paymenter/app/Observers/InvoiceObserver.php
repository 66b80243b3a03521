<?php

namespace App\Observers;

use App\Events\Invoice\Paid;
use App\Models\Invoice;
use Illuminate\Support\Facades\DB;

/** As Paymenter's: when an invoice becomes paid, after commit, the paid-invoice processing runs, then Invoice\Paid. */
class InvoiceObserver
{
    public function updated(Invoice $invoice): void
    {
        if ($invoice->isDirty('status') && $invoice->status === 'paid') {
            DB::afterCommit(function () use ($invoice) {
                foreach ($invoice->items as $item) {
                    if ($item->reference instanceof \App\Models\Service) {
                        $service = $item->reference;
                        $service->forceFill(['status' => 'active', 'expires_at' => ($service->status === 'active' && $service->expires_at ? $service->expires_at : now())->copy()->addMonth()])->save();
                    }
                }
                event(new Paid($invoice));
            });
        }
    }
}
