<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;
use Illuminate\Support\Facades\Crypt;

/** Double of Paymenter's polymorphic settings, with its `encrypted` flag. */
class Setting extends Model
{
    protected $guarded = ['id'];

    public function getValueAttribute($value)
    {
        return $this->encrypted && $value !== null ? Crypt::decryptString($value) : $value;
    }

    public function setValueAttribute($value): void
    {
        $this->attributes['value'] = $this->encrypted && $value !== null ? Crypt::encryptString($value) : $value;
    }
}
