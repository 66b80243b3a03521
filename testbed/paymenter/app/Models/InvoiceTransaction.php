<?php

namespace App\Models;

use App\Observers\InvoiceTransactionObserver;
use Illuminate\Database\Eloquent\Model;

/** status ∈ processing, succeeded, failed (Paymenter's InvoiceTransactionStatus enum, as strings here). */
class InvoiceTransaction extends Model
{
    protected $guarded = ['id'];

    protected static function booted(): void
    {
        static::observe(InvoiceTransactionObserver::class);
    }

    public function invoice()
    {
        return $this->belongsTo(Invoice::class);
    }
}
