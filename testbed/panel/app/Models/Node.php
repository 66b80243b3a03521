<?php

namespace Pterodactyl\Models;

use Illuminate\Database\Eloquent\Relations\BelongsTo;
use Illuminate\Support\Facades\Crypt;

/** @property string $fqdn @property string $scheme @property int $daemonListen @property string $daemon_token_id @property string $daemon_token */
class Node extends Model
{
    public const DAEMON_TOKEN_ID_LENGTH = 16;
    public const DAEMON_TOKEN_LENGTH = 64;

    protected $table = 'nodes';

    protected $guarded = ['id', 'created_at', 'updated_at'];

    protected $hidden = ['daemon_token_id', 'daemon_token'];

    protected $casts = ['public' => 'boolean', 'behind_proxy' => 'boolean', 'maintenance_mode' => 'boolean', 'daemonListen' => 'integer'];

    public function getConnectionAddress(): string
    {
        return sprintf('%s://%s:%s', $this->scheme, $this->fqdn, $this->daemonListen);
    }

    public function getDecryptedKey(): string
    {
        return Crypt::decryptString($this->daemon_token);
    }

    public function location(): BelongsTo
    {
        return $this->belongsTo(Location::class);
    }
}
