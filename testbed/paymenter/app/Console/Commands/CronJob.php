<?php

namespace App\Console\Commands;

use App\Jobs\Server\SuspendJob;
use App\Jobs\Server\TerminateJob;
use App\Models\Service;
use Exception;
use Illuminate\Console\Command;
use Illuminate\Support\Facades\DB;

/**
 * The suspend and terminate steps of Paymenter's `app:cron-job`, as it runs them: one transaction for the whole
 * run, each job dispatched before the status is changed, so (the queue waits for the commit) every job runs
 * after both steps have written their statuses.
 */
class CronJob extends Command
{
    protected $signature = 'app:cron-job';

    protected $description = 'Run automated tasks (the suspend and terminate steps of Paymenter\'s cron)';

    public function handle()
    {
        DB::beginTransaction();
        try {
            Service::where('status', 'active')->where('expires_at', '<', now()->subDays((int) config('settings.cronjob_order_suspend', 2)))->get()
                ->each(function ($service) {
                    SuspendJob::dispatch($service);
                    $service->update(['status' => 'suspended']);
                });

            Service::where('status', 'suspended')->where('expires_at', '<', now()->subDays((int) config('settings.cronjob_order_terminate', 14)))
                ->each(function ($service) {
                    TerminateJob::dispatch($service);
                    $service->update(['status' => 'cancelled']);
                    $service->invoices()->where('status', 'pending')->update(['status' => 'cancelled']);
                });
        } catch (Exception $e) {
            DB::rollBack();

            throw $e;
        }
        DB::commit();
    }
}
