<?php

namespace App\Events\Service;

use App\Models\Service;
use Illuminate\Foundation\Events\Dispatchable;
use Illuminate\Queue\SerializesModels;

/** Double of Paymenter's App\Events\Service\Updated, fired by the model observer. */
class Updated
{
    use Dispatchable;
    use SerializesModels;

    public function __construct(public Service $service)
    {
    }
}
