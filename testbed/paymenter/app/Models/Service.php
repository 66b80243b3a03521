<?php

namespace App\Models;

use App\Observers\ServiceObserver;
use Illuminate\Database\Eloquent\Model;

/** Double of Paymenter's Service (the "subscription"); statuses pending, active, suspended, cancelled. */
class Service extends Model
{
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
}
