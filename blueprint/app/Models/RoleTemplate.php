<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Models;

use Carbon\CarbonImmutable;
use Illuminate\Database\Eloquent\Model;
use Illuminate\Database\Eloquent\Relations\HasMany;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\Template;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\GameAction;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\ServerSelector;

/**
 * @property int $id
 * @property string $key
 * @property string $name
 * @property array<string, mixed> $selector Core\ServerSelector::toArray()
 * @property string[] $permissions
 * @property list<array<string, mixed>>|null $game_actions list of {label, grant, revoke, servers} (Core\GameAction)
 * @property CarbonImmutable|null $servers_as_of when an "all servers" selector looked at the panel's servers
 * @property CarbonImmutable $created_at
 * @property CarbonImmutable $updated_at
 * @property \Illuminate\Database\Eloquent\Collection<int, ProductMapping> $products
 */
class RoleTemplate extends Model
{
    protected $table = 'tiergate_templates';

    protected $guarded = [];

    /** @var array<string, string> */
    protected $casts = ['selector' => 'array', 'permissions' => 'array', 'game_actions' => 'array', 'servers_as_of' => 'immutable_datetime', 'created_at' => 'immutable_datetime', 'updated_at' => 'immutable_datetime'];

    public function products(): HasMany
    {
        return $this->hasMany(ProductMapping::class, 'template_id');
    }

    public function toCore(): Template
    {
        return new Template(
            $this->key,
            $this->name,
            ServerSelector::fromArray($this->selector),
            $this->permissions,
            ($this->servers_as_of ?? $this->created_at)->toDateTimeImmutable(),
            array_map(fn (array $action) => GameAction::fromArray($action), $this->game_actions ?? []),
        );
    }
}
