<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Models;

use Illuminate\Database\Eloquent\Model;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\GameEffect;

/**
 * One in-game effect Tiergate has put in place for a customer on a server (its grant command is queued or sent).
 *
 * @property int $id
 * @property string $customer_id
 * @property string $server_uuid
 * @property string $action_key sha1 of the rendered grant and revoke commands (GameEffect::key())
 * @property string $server_name
 * @property string $template_key
 * @property string $label
 * @property string|null $player
 * @property string|null $command_granted
 * @property string|null $command_revoke
 * @property \Carbon\CarbonImmutable $applied_at
 */
class GameApplied extends Model
{
    protected $table = 'tiergate_game_applied';

    public $timestamps = false;

    protected $guarded = [];

    /** @var array<string, string> */
    protected $casts = ['applied_at' => 'immutable_datetime'];

    public function toCore(): GameEffect
    {
        return new GameEffect($this->server_uuid, $this->server_name, $this->command_granted, $this->command_revoke, $this->player, $this->label, $this->template_key);
    }
}
