<?php

// php seed-subscribers.php <panel dir> <count> <prefix> <product>: stores one subscription.created per
// subscriber straight into the inbox, as if the webhook had accepted them, so reconcile cost is measured alone.
require __DIR__ . '/boot.php';

[, , $count, $prefix, $product] = $argv;
$rows = [];
$now = now();
for ($i = 1; $i <= (int) $count; ++$i) {
    $canonical = ['type' => 'subscription.created', 'timestamp' => $now->toIso8601String(), 'data' => [
        'subscription' => ['id' => "{$prefix}-sub-{$i}", 'status' => 'active', 'product' => ['id' => $product, 'slug' => $product], 'plan' => ['type' => 'one-time'], 'sequence' => 1],
        'customer' => ['id' => "{$prefix}-cus-{$i}", 'email' => "{$prefix}-{$i}@bench.example.com", 'first_name' => 'Bench', 'last_name' => "No{$i}"],
    ]];
    $rows[] = [
        'webhook_id' => "msg_{$prefix}_{$i}", 'type' => 'subscription.created', 'format' => 'canonical',
        'subscription_id' => "{$prefix}-sub-{$i}", 'customer_id' => "{$prefix}-cus-{$i}", 'occurred_at' => $now, 'sequence' => 1,
        'body' => json_encode($canonical), 'canonical' => json_encode($canonical), 'headers' => '{}', 'source_ip' => '127.0.0.1',
        'received_at' => $now, 'processed_at' => $now,
    ];
}
foreach (array_chunk($rows, 500) as $chunk) {
    Illuminate\Support\Facades\DB::table('tiergate_events')->insert($chunk);
}
echo json_encode(['seeded' => count($rows)]), "\n";
