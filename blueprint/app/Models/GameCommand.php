<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Models;

use Illuminate\Database\Eloquent\Model;

/**
 * One console command for one server, queued in the reconcile's transaction and sent to Wings after it commits,
 * in id order per (customer, server). A sent one stays as the record of what the server received.
 *
 * @property int $id
 * @property string $customer_id
 * @property string $server_uuid
 * @property string $server_name
 * @property string $kind grant|revoke
 * @property string $command
 * @property string $status pending|sent|failed
 * @property int $attempts
 * @property \Carbon\CarbonImmutable|null $next_attempt_at
 * @property string|null $last_error
 * @property \Carbon\CarbonImmutable|null $created_at
 * @property \Carbon\CarbonImmutable|null $sent_at
 */
class GameCommand extends Model
{
    public const PENDING = 'pending';
    public const SENT = 'sent';
    public const FAILED = 'failed';

    protected $table = 'tiergate_game_commands';

    public $timestamps = false;

    protected $guarded = [];

    /** @var array<string, string> */
    protected $casts = [
        'attempts' => 'integer',
        'next_attempt_at' => 'immutable_datetime',
        'created_at' => 'immutable_datetime',
        'sent_at' => 'immutable_datetime',
    ];
}
