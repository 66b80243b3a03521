<?php

namespace App\Models;

use App\Models\Traits\HasProperties;
use App\Observers\ServiceObserver;
use Illuminate\Database\Eloquent\Model;

/** Double of Paymenter's Service (the "subscription"); statuses pending, active, suspended, cancelled. */
class Service extends Model
{
    use HasProperties;

    public const STATUS_PENDING = 'pending';
    public const STATUS_ACTIVE = 'active';
    public const STATUS_SUSPENDED = 'suspended';
    public const STATUS_CANCELLED = 'cancelled';

    protected $guarded = ['id'];

    protected $casts = ['expires_at' => 'datetime'];

    protected static function booted(): void
    {
        static::observe(ServiceObserver::class);
    }

    public function user()
    {
        return $this->belongsTo(User::class);
    }

    public function product()
    {
        return $this->belongsTo(Product::class);
    }

    public function plan()
    {
        return $this->belongsTo(Plan::class);
    }

    public function cancellation()
    {
        return $this->hasOne(ServiceCancellation::class);
    }

    public function invoices()
    {
        return $this->hasManyThrough(Invoice::class, InvoiceItem::class, 'reference_id', 'id', 'id', 'invoice_id')->where('reference_type', 'service');
    }

    /** As Paymenter's: a service renewed while not active counts its next period from now. */
    public function calculateNextDueDate()
    {
        if ($this->plan->type == 'one-time' || $this->plan->type == 'free') {
            return null;
        }
        $date = !$this->expires_at || $this->status != self::STATUS_ACTIVE ? now() : $this->expires_at->copy();

        return $date->{'add' . ucfirst($this->plan->billing_unit) . 's'}($this->plan->billing_period);
    }
}
