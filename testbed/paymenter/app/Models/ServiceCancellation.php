<?php

namespace App\Models;

use App\Events\ServiceCancellation\Created;
use Illuminate\Database\Eloquent\Model;

/** type ∈ immediate, end_of_period. */
class ServiceCancellation extends Model
{
    protected $guarded = ['id'];

    protected $dispatchesEvents = ['created' => Created::class];

    public function service()
    {
        return $this->belongsTo(Service::class);
    }
}
