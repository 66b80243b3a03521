<?php

namespace App\Models;

use App\Observers\PropertyObserver;
use Illuminate\Database\Eloquent\Attributes\ObservedBy;
use Illuminate\Database\Eloquent\Model;

/** Double of Paymenter's Property: one key/value of a model (a checkout value on a service); value is NOT NULL. */
#[ObservedBy([PropertyObserver::class])]
class Property extends Model
{
    public $guarded = [];

    public function model()
    {
        return $this->morphTo();
    }
}
