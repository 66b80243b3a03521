<?php

namespace Paymenter\Extensions\Servers\Tiergate\Outbox;

use Illuminate\Database\Eloquent\Model;

/**
 * @property int $id
 * @property string $webhook_id
 * @property string $type
 * @property int $service_id
 * @property int $sequence
 * @property string $body
 * @property string $status
 * @property int $attempts
 * @property \Illuminate\Support\Carbon|null $next_attempt_at
 */
class OutboxEvent extends Model
{
    public const PENDING = 'pending';
    public const DELIVERED = 'delivered';
    public const FAILED = 'failed';

    protected $table = 'tiergate_outbox';

    protected $guarded = ['id'];

    protected $casts = ['next_attempt_at' => 'datetime', 'delivered_at' => 'datetime'];
}
