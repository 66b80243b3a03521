<?php

use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Schema;
use Illuminate\Database\Migrations\Migration;

/*
 * The admin search (Services/Queries/SubscriberSearch) matches part of an email or id: a substring match cannot seek,
 * so it reads one narrow covering index instead of the table's rows. Rejections are filtered by status and time.
 */
return new class () extends Migration {
    private const INDEXES = [
        'tiergate_subscriptions' => ['tiergate_subscriptions_search_index' => ['customer_email', 'customer_id', 'subscription_id']],
        // In-game names (the engine's tables, when installed): matched as part of a name, like emails.
        'tiergate_accounts' => ['tiergate_accounts_game_name_search_index' => ['game_username_override', 'customer_id']],
        'tiergate_game_applied' => ['tiergate_game_applied_player_search_index' => ['player', 'customer_id']],
        'tiergate_rejections' => [
            'tiergate_rejections_status_id_index' => ['status', 'id'],
            'tiergate_rejections_created_at_index' => ['created_at'],
        ],
    ];

    public function up(): void
    {
        $prefix = DB::getTablePrefix();
        foreach (self::INDEXES as $table => $indexes) {
            foreach ($indexes as $name => $columns) {
                if (Schema::hasColumns($table, $columns) && !$this->exists($table, $name)) {
                    DB::statement(sprintf('CREATE INDEX `%s` ON `%s%s` (%s)', $name, $prefix, $table, implode(', ', array_map(fn ($c) => "`{$c}`", $columns))));
                }
            }
        }
    }

    public function down(): void
    {
        $prefix = DB::getTablePrefix();
        foreach (self::INDEXES as $table => $indexes) {
            foreach (array_keys($indexes) as $name) {
                if (Schema::hasTable($table) && $this->exists($table, $name)) {
                    DB::statement(sprintf('DROP INDEX `%s` ON `%s%s`', $name, $prefix, $table));
                }
            }
        }
    }

    private function exists(string $table, string $name): bool
    {
        return DB::select('SHOW INDEX FROM `' . DB::getTablePrefix() . $table . '` WHERE Key_name = ?', [$name]) !== [];
    }
};
