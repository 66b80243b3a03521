<?php

namespace Pterodactyl\Models;

use Illuminate\Database\Eloquent\Relations\BelongsTo;
use Illuminate\Database\Eloquent\Relations\HasMany;

/**
 * @property int $id
 * @property string $uuid
 * @property string $uuidShort
 * @property string $name
 * @property int $owner_id
 * @property int $node_id
 * @property Node $node
 */
class Server extends Model
{
    public const RESOURCE_NAME = 'server';

    protected $table = 'servers';

    protected $guarded = ['id', 'created_at', 'updated_at'];

    protected $casts = ['skip_scripts' => 'boolean', 'oom_disabled' => 'boolean', 'owner_id' => 'integer', 'node_id' => 'integer'];

    public function user(): BelongsTo
    {
        return $this->belongsTo(User::class, 'owner_id');
    }

    public function node(): BelongsTo
    {
        return $this->belongsTo(Node::class);
    }

    public function nest(): BelongsTo
    {
        return $this->belongsTo(Nest::class);
    }

    public function egg(): BelongsTo
    {
        return $this->belongsTo(Egg::class);
    }

    public function subusers(): HasMany
    {
        return $this->hasMany(Subuser::class, 'server_id');
    }
}
