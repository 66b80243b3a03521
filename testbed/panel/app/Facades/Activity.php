<?php

namespace Pterodactyl\Facades;

use Illuminate\Support\Facades\Facade;
use Pterodactyl\Services\Activity\ActivityLogService;

class Activity extends Facade
{
    /** A fresh builder per call, so one log entry's subjects never leak into the next. */
    protected static $cached = false;

    protected static function getFacadeAccessor(): string
    {
        return ActivityLogService::class;
    }
}
