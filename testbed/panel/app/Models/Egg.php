<?php

namespace Pterodactyl\Models;

use Illuminate\Database\Eloquent\Relations\BelongsTo;
use Illuminate\Database\Eloquent\Relations\HasMany;

/** @property int $id @property string $uuid @property int $nest_id @property string $name @property array $docker_images */
class Egg extends Model
{
    public const RESOURCE_NAME = 'egg';

    protected $table = 'eggs';

    protected $fillable = [
        'name', 'description', 'features', 'docker_images', 'force_outgoing_ip', 'file_denylist', 'config_files',
        'config_startup', 'config_logs', 'config_stop', 'config_from', 'startup', 'script_is_privileged',
        'script_install', 'script_entry', 'script_container', 'copy_script_from',
    ];

    protected $casts = [
        'nest_id' => 'integer',
        'config_from' => 'integer',
        'script_is_privileged' => 'boolean',
        'force_outgoing_ip' => 'boolean',
        'copy_script_from' => 'integer',
        'features' => 'array',
        'docker_images' => 'array',
        'file_denylist' => 'array',
    ];

    public static array $validationRules = [
        'nest_id' => 'required|bail|numeric|exists:nests,id',
        'uuid' => 'required|string|size:36',
        'name' => 'required|string|max:191',
        'description' => 'string|nullable',
        'features' => 'array|nullable',
        'author' => 'required|string|email',
        'file_denylist' => 'array|nullable',
        'file_denylist.*' => 'string',
        'docker_images' => 'required|array|min:1',
        'docker_images.*' => ['required', 'string', 'max:191', 'regex:/^[\w#\.\/\- ]*\|*[\w\.\/\-:@ ]*$/'],
        'startup' => 'required|nullable|string',
        'config_from' => 'sometimes|bail|nullable|numeric|exists:eggs,id',
        'config_stop' => 'required_without:config_from|nullable|string|max:191',
        'config_startup' => 'required_without:config_from|nullable|json',
        'config_logs' => 'required_without:config_from|nullable|json',
        'config_files' => 'required_without:config_from|nullable|json',
        'update_url' => 'sometimes|nullable|string',
        'force_outgoing_ip' => 'sometimes|boolean',
    ];

    protected $attributes = ['features' => null, 'file_denylist' => null, 'config_stop' => null, 'config_startup' => null, 'config_logs' => null, 'config_files' => null, 'update_url' => null];

    public function nest(): BelongsTo
    {
        return $this->belongsTo(Nest::class);
    }

    public function servers(): HasMany
    {
        return $this->hasMany(Server::class, 'egg_id');
    }
}
