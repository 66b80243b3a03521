<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;

/** Double of Paymenter's Server model: the `extensions` table scoped to type=server (one row per configured panel). */
class Server extends Model
{
    protected $table = 'extensions';

    protected $guarded = ['id'];

    protected static function booted(): void
    {
        static::addGlobalScope('server', fn ($q) => $q->where('type', 'server'));
    }

    public function settings()
    {
        return $this->morphMany(Setting::class, 'settingable');
    }
}
