<?php

namespace App\Observers;

use App\Events\Invoice\Paid;
use App\Models\Invoice;
use App\Services\Invoice\ProcessPaidInvoiceService;
use Illuminate\Support\Facades\DB;

/** As Paymenter's: when an invoice becomes paid, after commit, ProcessPaidInvoiceService runs, then Invoice\\Paid. */
class InvoiceObserver
{
    public function updated(Invoice $invoice): void
    {
        if ($invoice->isDirty('status') && $invoice->status === 'paid') {
            DB::afterCommit(function () use ($invoice) {
                app(ProcessPaidInvoiceService::class)->handle($invoice);
                event(new Paid($invoice));
            });
        }
    }
}
