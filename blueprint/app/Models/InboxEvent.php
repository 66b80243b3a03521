<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Models;

use Illuminate\Database\Eloquent\Model;

/**
 * One accepted delivery, stored before the sender is answered. `body` is the exact signed bytes;
 * `canonical` is what the lifecycle engine reads. Rows are never updated except `processed_at`.
 *
 * @property int $id
 * @property string $webhook_id
 * @property string $type
 * @property string $format
 * @property string|null $subscription_id
 * @property string|null $customer_id
 * @property \Carbon\CarbonImmutable $occurred_at
 * @property int|null $sequence
 * @property string $body
 * @property array<string, mixed> $canonical
 * @property array<string, mixed> $headers
 * @property string $source_ip
 * @property \Carbon\CarbonImmutable $received_at
 * @property \Carbon\CarbonImmutable|null $processed_at
 */
class InboxEvent extends Model
{
    protected $table = 'tiergate_events';

    public $timestamps = false;

    protected $guarded = [];

    /** @var array<string, string> */
    protected $casts = [
        'canonical' => 'array',
        'headers' => 'array',
        'sequence' => 'integer',
        'occurred_at' => 'immutable_datetime',
        'received_at' => 'immutable_datetime',
        'processed_at' => 'immutable_datetime',
    ];
}
