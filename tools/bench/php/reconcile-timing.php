<?php

// php reconcile-timing.php <panel dir> <customer-id prefix> [each|chunked]: reconciles every customer with that
// prefix in this process as the queue worker would, and prints wall time, changes and peak memory as JSON.
// `each` reconciles every one; `chunked` first reads them a chunk at a time (ChunkPrefetch, as the scheduled full
// reconcile does) and reconciles only those that could change.
use Carbon\CarbonImmutable;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\Trigger;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\ChunkPrefetch;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\SubscriberReconciliationService;

require __DIR__ . '/boot.php';
Illuminate\Support\Facades\Notification::fake(); // account mails are queued jobs; the worker is not what we time

$prefix = $argv[2];
$how = $argv[3] ?? 'each';
$customers = Illuminate\Support\Facades\DB::table('tiergate_events')->where('customer_id', 'like', "{$prefix}-cus-%")->distinct()->pluck('customer_id')->all();
$service = app(SubscriberReconciliationService::class);
// TIERGATE_BENCH_PROFILE=1: also print, on stderr, the statements by kind with their count and total time.
$profile = [];
if (getenv('TIERGATE_BENCH_PROFILE')) {
    Illuminate\Support\Facades\DB::listen(function (Illuminate\Database\Events\QueryExecuted $q) use (&$profile) {
        $kind = preg_replace('/\s+/', ' ', substr(preg_replace('/\(\?(, ?\?)*\)|\d+/', '?', $q->sql), 0, 90));
        $profile[$kind] = [($profile[$kind][0] ?? 0) + 1, ($profile[$kind][1] ?? 0) + $q->time];
    });
}
$changes = 0;
$started = hrtime(true);
$todo = $how === 'chunked' ? app(ChunkPrefetch::class)->needingReconcile($customers, CarbonImmutable::now()) : $customers;
foreach ($todo as $customerId) {
    $changes += count($service->handle($customerId, Trigger::command('bench'))->plan);
}
uasort($profile, fn ($a, $b) => $b[1] <=> $a[1]);
foreach (array_slice($profile, 0, 40, true) as $kind => [$count, $ms]) {
    fprintf(STDERR, "%6d %9.1f ms  %s\n", $count, $ms, $kind);
}
echo json_encode(['customers' => count($customers), 'reconciled' => count($todo), 'changes' => $changes, 'ms' => (hrtime(true) - $started) / 1e6, 'peak_mb' => memory_get_peak_usage(true) / 1048576]), "\n";
