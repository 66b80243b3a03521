<?php

use Illuminate\Support\Facades\DB;
use Illuminate\Database\Migrations\Migration;

/*
 * Ids are bytes: customer, subscription and webhook ids must not meet under the table's utf8mb4_unicode_ci, which
 * folds case and Unicode normalization, nor under utf8mb4_bin, which is PAD SPACE ("a" = "a "). VARBINARY compares
 * byte for byte, with no padding, on MariaDB and MySQL alike. 764 bytes hold the 191 characters the contract allows.
 * Fresh installs run the create migrations first, so both paths end in this schema.
 */
return new class () extends Migration {
    private const COLUMNS = [
        'tiergate_subscriptions' => ['subscription_id' => false, 'customer_id' => false],
        'tiergate_events' => ['webhook_id' => false, 'subscription_id' => true, 'customer_id' => true],
        'tiergate_accounts' => ['customer_id' => false],
        'tiergate_overrides' => ['customer_id' => false],
        'tiergate_log' => ['customer_id' => true, 'trigger_ref' => true],
    ];

    public function up(): void
    {
        $this->alter('VARBINARY(764)');
    }

    public function down(): void
    {
        $this->alter('VARCHAR(191) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci');
    }

    private function alter(string $type): void
    {
        $prefix = DB::getTablePrefix();
        foreach (self::COLUMNS as $table => $columns) {
            $changes = array_map(
                fn (string $column, bool $nullable) => "MODIFY `{$column}` {$type} " . ($nullable ? 'NULL' : 'NOT NULL'),
                array_keys($columns),
                $columns,
            );
            DB::statement("ALTER TABLE `{$prefix}{$table}` " . implode(', ', $changes));
        }
    }
};
