<?php

namespace App\Models;

use App\Observers\InvoiceObserver;
use Illuminate\Database\Eloquent\Model;

class Invoice extends Model
{
    protected $guarded = ['id'];

    protected static function booted(): void
    {
        static::observe(InvoiceObserver::class);
    }

    public function items()
    {
        return $this->hasMany(InvoiceItem::class);
    }
}
