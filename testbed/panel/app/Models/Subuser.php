<?php

namespace Pterodactyl\Models;

use Illuminate\Database\Eloquent\Relations\BelongsTo;
use Illuminate\Notifications\Notifiable;

/**
 * @property int $id
 * @property int $user_id
 * @property int $server_id
 * @property string[] $permissions
 */
class Subuser extends Model
{
    use Notifiable;

    public const RESOURCE_NAME = 'server_subuser';

    protected $table = 'subusers';

    protected $guarded = ['id', 'created_at', 'updated_at'];

    protected $casts = ['user_id' => 'int', 'server_id' => 'int', 'permissions' => 'array'];

    public static array $validationRules = [
        'user_id' => 'required|numeric|exists:users,id',
        'server_id' => 'required|numeric|exists:servers,id',
        'permissions' => 'nullable|array',
        'permissions.*' => 'string',
    ];

    public function user(): BelongsTo
    {
        return $this->belongsTo(User::class);
    }

    public function server(): BelongsTo
    {
        return $this->belongsTo(Server::class);
    }
}
