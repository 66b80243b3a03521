<?php

namespace Pterodactyl\Models;

use Illuminate\Database\Eloquent\Relations\BelongsTo;

class Egg extends Model
{
    protected $table = 'eggs';

    protected $guarded = ['id', 'created_at', 'updated_at'];

    protected $casts = ['docker_images' => 'array', 'features' => 'array', 'file_denylist' => 'array'];

    public function nest(): BelongsTo
    {
        return $this->belongsTo(Nest::class);
    }
}
