<?php

namespace App\Listeners;

use App\Events\ServiceCancellation\Created;
use App\Jobs\Server\TerminateJob;
use App\Models\Service;
use Illuminate\Contracts\Queue\ShouldQueue;

/** As Paymenter's: queued; an immediate cancellation queues TerminateJob, then sets the status; end of period waits for the cron. */
class CancellationCreatedListener implements ShouldQueue
{
    public function handle(Created $event): void
    {
        if ($event->cancellation->type == 'immediate') {
            if (in_array($event->cancellation->service->status, [Service::STATUS_ACTIVE, Service::STATUS_SUSPENDED])) {
                TerminateJob::dispatch($event->cancellation->service);
            }

            $event->cancellation->service->update(['status' => 'cancelled']);
            $event->cancellation->service->invoices()->where('status', 'pending')->update(['status' => 'cancelled']);
        }
    }
}
