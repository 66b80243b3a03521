<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Models;

use Pterodactyl\Models\User;
use Illuminate\Database\Eloquent\Model;
use Illuminate\Database\Eloquent\Relations\BelongsTo;

/**
 * @property int $id
 * @property string $customer_id
 * @property int $user_id
 * @property bool $created_by_tiergate
 * @property string|null $game_username_override an admin's correction of the in-game name
 * @property string|null $game_username_override_base the payload's name when the correction was made
 * @property User $user
 */
class Account extends Model
{
    protected $table = 'tiergate_accounts';

    protected $guarded = [];

    /** @var array<string, string> */
    protected $casts = ['created_by_tiergate' => 'boolean'];

    public function user(): BelongsTo
    {
        return $this->belongsTo(User::class);
    }
}
