<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Models;

use Illuminate\Database\Eloquent\Model;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\Override;

/**
 * @property int $id
 * @property string $customer_id
 * @property string $kind
 * @property \Carbon\CarbonImmutable|null $until
 * @property string $reason
 * @property int|null $created_by the admin's user id (null: from the console)
 * @property \Carbon\CarbonInterface $created_at
 * @property \Carbon\CarbonInterface $updated_at
 */
class AdminOverride extends Model
{
    protected $table = 'tiergate_overrides';

    protected $guarded = [];

    /** @var array<string, string> */
    protected $casts = ['until' => 'immutable_datetime'];

    public function toCore(): Override
    {
        return new Override($this->kind, $this->until?->toDateTimeImmutable());
    }
}
