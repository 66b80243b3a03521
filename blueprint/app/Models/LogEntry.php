<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Models;

use Illuminate\Database\Eloquent\Model;

/** One row of the provisioning log: one action Tiergate took (or tried) on the panel. */
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

    protected $guarded = ['id'];

    protected $casts = ['permissions_before' => 'array', 'permissions_after' => 'array', 'created_at' => 'immutable_datetime'];
}
