<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Notifications;

use Pterodactyl\BlueprintFramework\Extensions\tiergate\Jobs\DeliverNotifications;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\OutboundNotification;

/** An admin's "retry": dead messages get a fresh round of tries, in their original order, starting now. */
class NotificationRetryService
{
    /** @return int messages put back in the queue */
    public function handle(): int
    {
        $count = OutboundNotification::query()->where('status', OutboundNotification::DEAD)
            ->update(['status' => OutboundNotification::PENDING, 'attempts' => 0, 'next_attempt_at' => now(), 'updated_at' => now()]);
        if ($count > 0) {
            DeliverNotifications::dispatch();
        }

        return $count;
    }
}
