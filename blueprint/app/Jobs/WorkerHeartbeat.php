<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Jobs;

use Illuminate\Bus\Queueable;
use Illuminate\Support\Facades\Cache;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Foundation\Bus\Dispatchable;

/** Queued every minute by the tick; when the worker runs it, the admin page can tell the worker is alive. */
class WorkerHeartbeat implements ShouldQueue
{
    use Dispatchable;
    use Queueable;

    public const CACHE_KEY = 'tiergate:worker_heartbeat';

    public int $tries = 1;

    public function __construct()
    {
        $this->onQueue('standard');
    }

    public function handle(): void
    {
        Cache::put(self::CACHE_KEY, now()->toIso8601String(), 600);
    }
}
