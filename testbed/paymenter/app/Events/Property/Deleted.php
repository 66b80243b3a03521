<?php

namespace App\Events\Property;

use App\Models\Property;
use Illuminate\Foundation\Events\Dispatchable;
use Illuminate\Queue\SerializesModels;

class Deleted
{
    use Dispatchable, SerializesModels;

    public function __construct(public Property $property)
    {
    }
}
