<?php

namespace App\Observers;

use App\Events\Property as PropertyEvent;
use App\Models\Property;

/** As Paymenter's: Property\Created|Updated|Deleted after the Eloquent events of the same names. */
class PropertyObserver
{
    public function created(Property $property): void
    {
        event(new PropertyEvent\Created($property));
    }

    public function updated(Property $property): void
    {
        event(new PropertyEvent\Updated($property));
    }

    public function deleted(Property $property): void
    {
        event(new PropertyEvent\Deleted($property));
    }
}
