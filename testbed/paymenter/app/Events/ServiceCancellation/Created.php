<?php

namespace App\Events\ServiceCancellation;

use App\Models\ServiceCancellation;
use Illuminate\Foundation\Events\Dispatchable;
use Illuminate\Queue\SerializesModels;

/** Double of Paymenter's App\Events\ServiceCancellation\Created, fired by the model observer. */
class Created
{
    use Dispatchable;
    use SerializesModels;

    public function __construct(public ServiceCancellation $cancellation)
    {
    }
}
