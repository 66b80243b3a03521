<?php

namespace Pterodactyl\Models;

use Illuminate\Auth\Authenticatable;
use Illuminate\Auth\Passwords\CanResetPassword;
use Illuminate\Contracts\Auth\Access\Authorizable as AuthorizableContract;
use Illuminate\Contracts\Auth\Authenticatable as AuthenticatableContract;
use Illuminate\Contracts\Auth\CanResetPassword as CanResetPasswordContract;
use Illuminate\Database\Eloquent\Builder;
use Illuminate\Database\Eloquent\Relations\HasMany;
use Illuminate\Database\Eloquent\Relations\MorphToMany;
use Illuminate\Foundation\Auth\Access\Authorizable;
use Illuminate\Notifications\Notifiable;
use Illuminate\Validation\Rules\In;
use Pterodactyl\Facades\Activity;
use Pterodactyl\Notifications\SendPasswordReset;
use Pterodactyl\Rules\Username;

/**
 * @property int $id
 * @property string|null $external_id
 * @property string $uuid
 * @property string $username
 * @property string $email
 * @property string|null $name_first
 * @property string|null $name_last
 * @property bool $root_admin
 */
class User extends Model implements AuthenticatableContract, AuthorizableContract, CanResetPasswordContract
{
    use Authenticatable;
    use Authorizable;
    use CanResetPassword;
    use Notifiable;

    public const RESOURCE_NAME = 'user';

    protected $table = 'users';

    protected $fillable = ['external_id', 'username', 'email', 'name_first', 'name_last', 'password', 'language', 'use_totp', 'totp_secret', 'totp_authenticated_at', 'gravatar', 'root_admin'];

    protected $hidden = ['password', 'remember_token', 'totp_secret', 'totp_authenticated_at'];

    protected $casts = ['root_admin' => 'boolean', 'use_totp' => 'boolean', 'gravatar' => 'boolean', 'totp_authenticated_at' => 'datetime'];

    protected $attributes = ['external_id' => null, 'root_admin' => false, 'language' => 'en', 'use_totp' => false, 'totp_secret' => null];

    public static array $validationRules = [
        'uuid' => 'required|string|size:36|unique:users,uuid',
        'email' => 'required|email|between:1,191|unique:users,email',
        'external_id' => 'sometimes|nullable|string|max:191|unique:users,external_id',
        'username' => 'required|between:1,191|unique:users,username',
        'name_first' => 'required|string|between:1,191',
        'name_last' => 'required|string|between:1,191',
        'password' => 'sometimes|nullable|string',
        'root_admin' => 'boolean',
        'language' => 'string',
        'use_totp' => 'boolean',
        'totp_secret' => 'nullable|string',
    ];

    public static function getRules(): array
    {
        $rules = parent::getRules();
        // The panel offers the languages it has translations for; the double has only English.
        $rules['language'][] = new In(['en']);
        $rules['username'][] = new Username();

        return $rules;
    }

    /** The user as the panel hands it to its frontend. */
    public function toVueObject(): array
    {
        return collect($this->toArray())->except(['id', 'external_id'])->toArray();
    }

    public function setUsernameAttribute(string $value): void
    {
        $this->attributes['username'] = mb_strtolower($value);
    }

    /** As the panel: its own reset mail, and an activity entry. */
    public function sendPasswordResetNotification($token): void
    {
        Activity::event('auth:reset-password')->withRequestMetadata()->subject($this)->log('sending password reset email');
        $this->notify(new SendPasswordReset($token));
    }

    public function getNameAttribute(): string
    {
        return trim($this->name_first . ' ' . $this->name_last);
    }

    public function servers(): HasMany
    {
        return $this->hasMany(Server::class, 'owner_id');
    }

    /** Servers the user owns or is a subuser of, as the panel's accessibleServers(). */
    public function accessibleServers(): Builder
    {
        return Server::query()
            ->select('servers.*')
            ->leftJoin('subusers', 'subusers.server_id', '=', 'servers.id')
            ->where(fn (Builder $q) => $q->where('servers.owner_id', $this->id)->orWhere('subusers.user_id', $this->id))
            ->groupBy('servers.id');
    }

    public function activity(): MorphToMany
    {
        return $this->morphToMany(ActivityLog::class, 'subject', 'activity_log_subjects');
    }
}
