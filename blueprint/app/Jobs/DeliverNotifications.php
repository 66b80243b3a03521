<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Jobs;

use Illuminate\Bus\Queueable;
use Illuminate\Support\Facades\Cache;
use Illuminate\Queue\InteractsWithQueue;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Foundation\Bus\Dispatchable;
use Illuminate\Contracts\Queue\ShouldBeUniqueUntilProcessing;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Notifications\NotificationDelivery;

/**
 * Sends what is due in the notification outbox; queued after a reconcile that wrote a message and by
 * tiergate:tick every minute. At most one is waiting and one is running (a message written during a run is
 * picked up by the next); a retry due within the minute queues the next run itself.
 */
class DeliverNotifications implements ShouldQueue, ShouldBeUniqueUntilProcessing
{
    use Dispatchable;
    use InteractsWithQueue;
    use Queueable;

    public int $tries = 1;

    public int $timeout = 120;

    public int $uniqueFor = 120;

    public function __construct()
    {
        $this->onQueue('standard');
    }

    public function handle(NotificationDelivery $delivery): void
    {
        $lock = Cache::lock('tiergate:notifications', $this->timeout);
        if (!$lock->get()) {
            self::dispatch()->delay(5);

            return;
        }
        try {
            $next = $delivery->run();
        } finally {
            $lock->release();
        }
        if ($next !== null && $next->lt(now()->addMinute())) {
            self::dispatch()->delay(max(1, (int) ceil(now()->diffInSeconds($next, false))));
        }
    }
}
