<?php

namespace App\Observers;

use App\Events\Service\Updated;
use App\Models\Service;

/** As Paymenter's: fired on Eloquent `updated`, while getOriginal()/isDirty() still hold the old values. */
class ServiceObserver
{
    public function updated(Service $service): void
    {
        event(new Updated($service));
    }
}
