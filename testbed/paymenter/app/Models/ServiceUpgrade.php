<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;

/** As Paymenter's: a requested product/plan change, completed by ServiceUpgradeService once its invoice is paid. */
class ServiceUpgrade extends Model
{
    public const STATUS_PENDING = 'pending';
    public const STATUS_COMPLETED = 'completed';

    protected $guarded = ['id'];

    public function service()
    {
        return $this->belongsTo(Service::class);
    }
}
