<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;

/** type ∈ free, one-time, recurring, as in Paymenter. */
class Plan extends Model
{
    protected $guarded = ['id'];
}
