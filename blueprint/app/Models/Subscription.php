<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Models;

use Illuminate\Database\Eloquent\Model;

/**
 * The listing projection of one billing subscription. The source of truth is the event inbox;
 * this row is rewritten by every reconcile and can be rebuilt from the events at any time.
 *
 * @property int $id
 * @property string $subscription_id
 * @property string $customer_id
 * @property string|null $customer_email
 * @property string|null $product_key
 * @property string|null $template_key
 * @property string|null $tier_name
 * @property string $state
 * @property string|null $cause a Core\StateCause value
 * @property string $reason
 * @property \Carbon\CarbonImmutable|null $grace_until
 * @property \Carbon\CarbonImmutable|null $access_until
 * @property \Carbon\CarbonImmutable|null $next_change_at
 * @property int|null $user_id
 * @property bool $needs_attention
 * @property string|null $last_error
 * @property string|null $last_event_at
 * @property \Carbon\CarbonImmutable|null $reconciled_at
 * @property \Illuminate\Support\Carbon|null $created_at
 * @property \Illuminate\Support\Carbon|null $updated_at
 */
class Subscription extends Model
{
    public const STATE_PENDING = 'pending';
    public const STATE_ACTIVE = 'active';
    public const STATE_GRACE = 'grace';
    public const STATE_SUSPENDED = 'suspended';
    public const STATE_ENDED = 'ended';

    protected $table = 'tiergate_subscriptions';

    protected $guarded = [];

    /** @var array<string, string> */
    protected $casts = [
        'grace_until' => 'immutable_datetime',
        'access_until' => 'immutable_datetime',
        'next_change_at' => 'immutable_datetime',
        'reconciled_at' => 'immutable_datetime',
        'needs_attention' => 'boolean',
    ];
}
