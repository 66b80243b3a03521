<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Models;

use Illuminate\Database\Eloquent\Model;
use Illuminate\Database\Eloquent\Relations\BelongsTo;
use Pterodactyl\Models\User;

/**
 * @property int $id
 * @property string $customer_id
 * @property int $user_id
 * @property bool $created_by_tiergate
 * @property User $user
 */
class Account extends Model
{
    protected $table = 'tiergate_accounts';

    protected $guarded = ['id'];

    protected $casts = ['created_by_tiergate' => 'boolean'];

    public function user(): BelongsTo
    {
        return $this->belongsTo(User::class);
    }
}
