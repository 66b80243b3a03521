<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Models;

use Illuminate\Database\Eloquent\Model;

/**
 * One row of the provisioning log: one action Tiergate took (or tried) on the panel.
 *
 * @property int $id
 * @property string $trigger one of the TRIGGER_* constants
 * @property string|null $trigger_ref
 * @property string|null $customer_id
 * @property int|null $user_id
 * @property int|null $server_id
 * @property string $action
 * @property string[]|null $permissions_before
 * @property string[]|null $permissions_after
 * @property string $outcome one of the OUTCOME_* constants
 * @property string|null $error
 * @property int $duration_ms
 * @property \Carbon\CarbonImmutable $created_at
 */
class LogEntry extends Model
{
    public const TRIGGER_EVENT = 'event';
    public const TRIGGER_SCHEDULE = 'schedule';
    public const TRIGGER_ADMIN = 'admin';
    public const TRIGGER_COMMAND = 'command';

    public const OUTCOME_OK = 'ok';
    public const OUTCOME_FAILED = 'failed';
    public const OUTCOME_CONFLICT = 'conflict';
    public const OUTCOME_DRY_RUN = 'dry_run';
    /** What shadow mode would have done (nothing was applied). */
    public const OUTCOME_SHADOW = 'shadow';
    /** Held while Tiergate is paused (never written to the log; shown in a reconcile's answer). */
    public const OUTCOME_PAUSED = 'paused';

    protected $table = 'tiergate_log';

    public $timestamps = false;

    protected $guarded = [];

    /** @var array<string, string> */
    protected $casts = ['permissions_before' => 'array', 'permissions_after' => 'array', 'created_at' => 'immutable_datetime'];
}
