<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;

/** reference is polymorphic: a Service, a ServiceUpgrade or a Credit, as in Paymenter. */
class InvoiceItem extends Model
{
    protected $guarded = ['id'];

    public function reference()
    {
        return $this->morphTo();
    }
}
