<?php

namespace Pterodactyl\Models;

class Allocation extends Model
{
    protected $table = 'allocations';

    protected $guarded = ['id', 'created_at', 'updated_at'];
}
