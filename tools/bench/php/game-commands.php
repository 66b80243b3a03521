<?php

// php game-commands.php <panel dir> <subscribers>: in one transaction that is rolled back at the end (panel_test is
// left as it was), gives <subscribers> subscribers a tier whose in-game actions (a LuckPerms group and the whitelist)
// run on every server, reconciles them all, then changes the tier's group (a tier-wide change) and reconciles them
// all again, exactly as the queue worker would, with every command going to the Wings double over HTTP. Prints the
// time, the commands queued and sent and the Wings calls of each phase as JSON.
use Illuminate\Support\Facades\DB;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\GameCommand;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\ProductMapping;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\RoleTemplate;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\SubscriberReconciliationService;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\Trigger;

// In panel_test, as the PHPUnit suite does (its nodes are seeded fresh by every run), never in the live panel
// database; the cached config is bypassed so DB_DATABASE counts. Everything is rolled back at the end anyway.
putenv('APP_CONFIG_CACHE=' . sys_get_temp_dir() . '/tiergate-bench-no-config-cache.php');
putenv('DB_DATABASE=panel_test');
require __DIR__ . '/boot.php';
Illuminate\Support\Facades\Notification::fake(); // account mails are queued jobs; the worker is not what we time

$count = (int) ($argv[2] ?? 1000);
$prefix = 'gamebench';
$actions = fn (string $group) => json_encode([
    ['label' => "LuckPerms {$group}", 'grant' => "lp user {player} parent add {$group}", 'revoke' => "lp user {player} parent remove {$group}", 'servers' => null],
    ['label' => 'whitelist', 'grant' => 'whitelist add {player}', 'revoke' => 'whitelist remove {player}', 'servers' => null],
]);

/** Reconciles every bench subscriber; what it queued and sent comes from tiergate_game_commands. */
$phase = function () use ($count, $prefix): array {
    $firstId = (int) GameCommand::query()->max('id');
    $service = app(SubscriberReconciliationService::class);
    $started = hrtime(true);
    for ($i = 1; $i <= $count; $i++) {
        $service->handle("{$prefix}-cus-{$i}", Trigger::command('bench'));
    }
    $ms = (hrtime(true) - $started) / 1e6;
    $rows = GameCommand::query()->where('id', '>', $firstId);

    return [
        'ms' => $ms,
        'commands' => (clone $rows)->count(),
        'sent' => (clone $rows)->where('status', GameCommand::SENT)->count(),
        'wings_calls' => (int) DB::table((clone $rows)->where('status', GameCommand::SENT)->select('customer_id', 'server_uuid')->distinct(), 'calls')->count(),
        'errors' => (clone $rows)->whereNotNull('last_error')->distinct()->limit(3)->pluck('last_error')->all(),
    ];
};

DB::beginTransaction();
try {
    $servers = DB::table('servers')->count();
    $template = RoleTemplate::query()->create([
        'key' => "{$prefix}_tier", 'name' => 'GameBench', 'selector' => ['mode' => 'all_including_future'],
        'permissions' => ['control.console', 'websocket.connect'], 'game_actions' => json_decode($actions('bench_knight'), true),
    ]);
    ProductMapping::query()->create(['product_key' => "{$prefix}-product", 'template_id' => $template->id]);
    $now = now();
    $rows = [];
    for ($i = 1; $i <= $count; $i++) {
        $canonical = ['type' => 'subscription.created', 'timestamp' => $now->toIso8601String(), 'data' => [
            'subscription' => ['id' => "{$prefix}-sub-{$i}", 'status' => 'active', 'product' => ['id' => "{$prefix}-product", 'slug' => "{$prefix}-product"], 'plan' => ['type' => 'one-time'], 'sequence' => 1],
            'customer' => ['id' => "{$prefix}-cus-{$i}", 'email' => "{$prefix}-{$i}@bench.example.com", 'game_username' => "Bench{$i}"],
        ]];
        $rows[] = [
            'webhook_id' => "msg_{$prefix}_{$i}", 'type' => 'subscription.created', 'format' => 'canonical',
            'subscription_id' => "{$prefix}-sub-{$i}", 'customer_id' => "{$prefix}-cus-{$i}", 'occurred_at' => $now, 'sequence' => 1,
            'body' => json_encode($canonical), 'canonical' => json_encode($canonical), 'headers' => '{}', 'source_ip' => '127.0.0.1',
            'received_at' => $now,
        ];
    }
    foreach (array_chunk($rows, 500) as $chunk) {
        DB::table('tiergate_events')->insert($chunk);
    }

    $grant = $phase();
    // The tier-wide change: the tier's LuckPerms group is renamed, so every subscriber needs, on every server, the
    // old group removed and the new one added; the whitelist both give is left alone.
    $template->forceFill(['game_actions' => json_decode($actions('bench_master'), true)])->save();
    $change = $phase();
    $again = $phase();
} finally {
    DB::rollBack();
}

echo json_encode(['subscribers' => $count, 'servers' => $servers, 'grant' => $grant, 'change' => $change, 'again' => $again, 'peak_mb' => memory_get_peak_usage(true) / 1048576]), "\n";
