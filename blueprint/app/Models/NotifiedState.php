<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Models;

use Illuminate\Database\Eloquent\Model;

/**
 * What other systems were last told about one subscription (Services\Notifications\AccessSnapshot), so a reconcile
 * that changes nothing notifies nothing and one that does says what it was before.
 *
 * @property int $id
 * @property string $subscription_id
 * @property string $customer_id
 * @property array<string, mixed> $snapshot
 * @property \Carbon\CarbonImmutable $notified_at
 */
class NotifiedState extends Model
{
    protected $table = 'tiergate_notified';

    public $timestamps = false;

    protected $guarded = [];

    /** @var array<string, string> */
    protected $casts = [
        'snapshot' => 'array',
        'notified_at' => 'immutable_datetime',
    ];
}
