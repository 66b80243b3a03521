<?php

namespace Pterodactyl\Models;

use Illuminate\Database\Eloquent\Relations\MorphTo;
use Illuminate\Database\Eloquent\Relations\Pivot;

class ActivityLogSubject extends Pivot
{
    public $incrementing = true;

    public $timestamps = false;

    protected $table = 'activity_log_subjects';

    protected $guarded = ['id'];

    public function subject(): MorphTo
    {
        return $this->morphTo();
    }
}
