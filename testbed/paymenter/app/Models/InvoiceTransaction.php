<?php

namespace App\Models;

use App\Enums\InvoiceTransactionStatus;
use App\Observers\InvoiceTransactionObserver;
use Illuminate\Database\Eloquent\Model;

/** status is cast to the InvoiceTransactionStatus enum, as Paymenter does (v1.5.8 app/Models/InvoiceTransaction.php:31). */
class InvoiceTransaction extends Model
{
    protected $guarded = ['id'];

    protected $casts = ['status' => InvoiceTransactionStatus::class];

    protected static function booted(): void
    {
        static::observe(InvoiceTransactionObserver::class);
    }

    public function invoice()
    {
        return $this->belongsTo(Invoice::class);
    }
}
