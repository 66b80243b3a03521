<?php

namespace Pterodactyl\Models;

class Location extends Model
{
    protected $table = 'locations';

    protected $guarded = ['id', 'created_at', 'updated_at'];
}
