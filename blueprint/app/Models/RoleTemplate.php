<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Models;

use Carbon\CarbonImmutable;
use Illuminate\Database\Eloquent\Model;
use Illuminate\Database\Eloquent\Relations\HasMany;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\ServerSelector;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\Template;

/**
 * @property int $id
 * @property string $key
 * @property string $name
 * @property array $selector
 * @property string[] $permissions
 * @property CarbonImmutable|null $servers_as_of when an "all servers" selector looked at the panel's servers
 * @property CarbonImmutable $created_at
 * @property CarbonImmutable $updated_at
 */
class RoleTemplate extends Model
{
    protected $table = 'tiergate_templates';

    protected $guarded = ['id'];

    protected $casts = ['selector' => 'array', 'permissions' => 'array', 'servers_as_of' => 'immutable_datetime', 'created_at' => 'immutable_datetime', 'updated_at' => 'immutable_datetime'];

    public function products(): HasMany
    {
        return $this->hasMany(ProductMapping::class, 'template_id');
    }

    public function toCore(): Template
    {
        return new Template($this->key, $this->name, ServerSelector::fromArray($this->selector), $this->permissions, ($this->servers_as_of ?? $this->created_at)->toDateTimeImmutable());
    }
}
