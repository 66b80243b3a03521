<?php

namespace Pterodactyl\Models;

use Illuminate\Database\Eloquent\Relations\BelongsTo;

/** @property int $id @property int $node_id @property string $ip @property int $port @property int|null $server_id */
class Allocation extends Model
{
    public const RESOURCE_NAME = 'allocation';

    protected $table = 'allocations';

    protected $guarded = ['id', 'created_at', 'updated_at'];

    protected $casts = ['node_id' => 'integer', 'port' => 'integer', 'server_id' => 'integer'];

    public static array $validationRules = [
        'node_id' => 'required|exists:nodes,id',
        'ip' => 'required|ip',
        'port' => 'required|numeric|between:1024,65535',
        'ip_alias' => 'nullable|string',
        'server_id' => 'nullable|exists:servers,id',
        'notes' => 'nullable|string|max:256',
    ];

    public function getRouteKeyName(): string
    {
        return $this->getKeyName();
    }

    public function server(): BelongsTo
    {
        return $this->belongsTo(Server::class);
    }

    public function node(): BelongsTo
    {
        return $this->belongsTo(Node::class);
    }
}
