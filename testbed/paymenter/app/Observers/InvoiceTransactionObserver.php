<?php

namespace App\Observers;

use App\Events\InvoiceTransaction\Created;
use App\Events\InvoiceTransaction\Updated;
use App\Models\InvoiceTransaction;

class InvoiceTransactionObserver
{
    public function created(InvoiceTransaction $transaction): void
    {
        event(new Created($transaction));
    }

    public function updated(InvoiceTransaction $transaction): void
    {
        event(new Updated($transaction));
    }
}
