<?php

namespace App\Services\Invoice;

use App\Models\Invoice;
use App\Models\Service;
use App\Models\ServiceUpgrade;
use App\Services\Service\RenewServiceService;
use App\Services\ServiceUpgrade\ServiceUpgradeService;

/** As Paymenter's: each item of a paid invoice renews its service or completes its upgrade. */
class ProcessPaidInvoiceService
{
    public function handle(Invoice $invoice): void
    {
        $invoice->items->each(function ($item) {
            $reference = $item->reference;
            if ($reference instanceof Service) {
                (new RenewServiceService())->handle($reference);
            } elseif ($reference instanceof ServiceUpgrade && $reference->status === ServiceUpgrade::STATUS_PENDING) {
                (new ServiceUpgradeService())->handle($reference);
            }
        });
    }
}
