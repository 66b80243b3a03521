<?php

// php reconcile-timing.php <panel dir> <customer-id prefix>: reconciles every customer with that prefix in this
// process, exactly as the queue worker would, and prints wall time, changes and peak memory as JSON.
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\CustomerReconciliationService;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\Trigger;

require __DIR__ . '/boot.php';
Illuminate\Support\Facades\Notification::fake(); // account mails are queued jobs; the worker is not what we time

$prefix = $argv[2];
$customers = Illuminate\Support\Facades\DB::table('tiergate_events')->where('customer_id', 'like', "{$prefix}-cus-%")->distinct()->pluck('customer_id');
$service = app(CustomerReconciliationService::class);
$changes = 0;
$started = hrtime(true);
foreach ($customers as $customerId) {
    $changes += count($service->handle($customerId, Trigger::command('bench'))->plan);
}
echo json_encode(['customers' => count($customers), 'changes' => $changes, 'ms' => (hrtime(true) - $started) / 1e6, 'peak_mb' => memory_get_peak_usage(true) / 1048576]), "\n";
