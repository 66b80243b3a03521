<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Models;

use Illuminate\Database\Eloquent\Model;

/**
 * One outbound notification to one destination (the outbox). `body` is the exact bytes that are signed and sent
 * on every try; rows of one subscriber and destination are delivered in id order.
 *
 * @property int $id
 * @property string $message_id
 * @property string $type
 * @property string $customer_id
 * @property string|null $subscription_id
 * @property string $destination_key
 * @property string $destination
 * @property string $body
 * @property string $status
 * @property int $attempts
 * @property \Carbon\CarbonImmutable|null $next_attempt_at
 * @property int|null $last_status
 * @property string|null $last_error
 * @property \Carbon\CarbonImmutable|null $sent_at
 * @property \Carbon\Carbon|null $created_at
 */
class OutboundNotification extends Model
{
    public const PENDING = 'pending';
    public const SENT = 'sent';
    /** Every try used up: shown as needing attention until an admin retries it. */
    public const DEAD = 'dead';
    /** Its destination was removed from the settings before it went out. */
    public const CANCELLED = 'cancelled';

    protected $table = 'tiergate_notifications';

    protected $guarded = [];

    /** @var array<string, string> */
    protected $casts = [
        'attempts' => 'integer',
        'last_status' => 'integer',
        'next_attempt_at' => 'immutable_datetime',
        'sent_at' => 'immutable_datetime',
    ];

    public static function destinationKey(string $url): string
    {
        return sha1($url);
    }
}
