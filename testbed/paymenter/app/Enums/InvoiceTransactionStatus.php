<?php

namespace App\Enums;

/** Double of Paymenter's App\Enums\InvoiceTransactionStatus (v1.5.8 app/Enums/InvoiceTransactionStatus.php). */
enum InvoiceTransactionStatus: string
{
    case Processing = 'processing';
    case Succeeded = 'succeeded';
    case Failed = 'failed';
}
