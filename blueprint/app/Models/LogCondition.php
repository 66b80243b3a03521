<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Models;

use Illuminate\Database\Eloquent\Model;

/**
 * The last problem logged for one (customer, server, action); server 0 stands for the account itself.
 *
 * @property int $id
 * @property string $customer_id
 * @property int $server_id
 * @property string $action
 * @property string $fingerprint
 */
class LogCondition extends Model
{
    public const ACCOUNT = 0;

    protected $table = 'tiergate_log_conditions';

    public $timestamps = false;

    protected $guarded = [];
}
