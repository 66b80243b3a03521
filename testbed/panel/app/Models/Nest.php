<?php

namespace Pterodactyl\Models;

class Nest extends Model
{
    protected $table = 'nests';

    protected $guarded = ['id', 'created_at', 'updated_at'];
}
