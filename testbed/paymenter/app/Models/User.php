<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;

/** Double of Paymenter's User: the fields a customer snapshot needs. */
class User extends Model
{
    protected $guarded = ['id'];

    public function services()
    {
        return $this->hasMany(Service::class);
    }
}
