<?php

namespace App\Models\Traits;

use App\Models\Property;

/** As Paymenter's: the properties of the model (a service's checkout values). */
trait HasProperties
{
    public function properties()
    {
        return $this->morphMany(Property::class, 'model');
    }
}
