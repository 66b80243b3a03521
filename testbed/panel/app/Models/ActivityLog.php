<?php

namespace Pterodactyl\Models;

use Illuminate\Database\Eloquent\Model as IlluminateModel;
use Illuminate\Database\Eloquent\Relations\HasMany;
use Illuminate\Database\Eloquent\Relations\MorphTo;

/** @property string $event @property array $properties */
class ActivityLog extends IlluminateModel
{
    public $timestamps = false;

    protected $table = 'activity_logs';

    protected $guarded = ['id', 'timestamp'];

    protected $casts = ['properties' => 'collection', 'timestamp' => 'datetime'];

    public function actor(): MorphTo
    {
        return $this->morphTo();
    }

    public function subjects(): HasMany
    {
        return $this->hasMany(ActivityLogSubject::class);
    }
}
