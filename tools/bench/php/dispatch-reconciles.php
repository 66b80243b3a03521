<?php

// php dispatch-reconciles.php <panel dir> <customer-id prefix>: queues one reconcile per customer with that prefix on
// the `low` queue, as a full reconcile does, for the running queue worker to take.
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Jobs\ReconcileSubscriber;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\Trigger;

require __DIR__ . '/boot.php';

$customers = Illuminate\Support\Facades\DB::table('tiergate_events')->where('customer_id', 'like', "{$argv[2]}-cus-%")->distinct()->pluck('customer_id');
foreach ($customers as $customerId) {
    ReconcileSubscriber::dispatch($customerId, Trigger::command('bench full reconcile'), null, 'low');
}
echo json_encode(['queued' => count($customers)]), "\n";
