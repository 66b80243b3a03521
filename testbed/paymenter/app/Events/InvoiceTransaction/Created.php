<?php

namespace App\Events\InvoiceTransaction;

use App\Models\InvoiceTransaction;
use Illuminate\Foundation\Events\Dispatchable;
use Illuminate\Queue\SerializesModels;

/** Double of Paymenter's App\Events\InvoiceTransaction\Created, fired by the model observer. */
class Created
{
    use Dispatchable;
    use SerializesModels;

    public function __construct(public InvoiceTransaction $invoiceTransaction)
    {
    }
}
