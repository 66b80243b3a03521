<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Models;

use Illuminate\Database\Eloquent\Model;

/**
 * A subuser row Tiergate made, with the permissions it gave. Only rows listed here are ever changed by it.
 *
 * @property int $id
 * @property int $user_id
 * @property int $server_id
 * @property int|null $subuser_id
 * @property string[] $permissions
 * @property bool $revocation_pending
 * @property \Carbon\CarbonImmutable|null $revocation_pending_since
 * @property int $revocation_attempts
 * @property \Carbon\CarbonImmutable|null $revocation_next_at
 * @property \Carbon\CarbonImmutable $applied_at
 */
class Grant extends Model
{
    protected $table = 'tiergate_grants';

    public $timestamps = false;

    protected $guarded = [];

    /** @var array<string, string> */
    protected $casts = [
        'permissions' => 'array',
        'revocation_pending' => 'boolean',
        'revocation_pending_since' => 'immutable_datetime',
        'revocation_attempts' => 'integer',
        'revocation_next_at' => 'immutable_datetime',
        'applied_at' => 'immutable_datetime',
    ];
}
