<?php

use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Schema;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Database\Migrations\Migration;

/*
 * The in-game side of access. tiergate_game_applied is what Tiergate has put in place per (customer, server,
 * effect): the "applied" side the in-game plan is diffed against, with the revoke command rendered when it was
 * granted (a name change revokes under the old name). tiergate_game_commands is the ordered queue of console
 * commands for Wings, kept after they are sent as their record. Customer ids are bytes, as everywhere.
 */
return new class () extends Migration {
    public function up(): void
    {
        $prefix = DB::getTablePrefix();
        if (!Schema::hasTable('tiergate_game_applied')) {
            Schema::create('tiergate_game_applied', function (Blueprint $table) {
                $table->id();
                $table->string('customer_id', 191);
                $table->char('server_uuid', 36);
                $table->char('action_key', 40);
                $table->string('server_name', 191)->default('');
                $table->string('template_key', 64)->default('');
                $table->string('label', 191)->default('');
                $table->string('player', 191)->collation('utf8mb4_bin')->nullable();
                $table->text('command_granted')->nullable();
                $table->text('command_revoke')->nullable();
                $table->timestamp('applied_at');
            });
            DB::statement("ALTER TABLE `{$prefix}tiergate_game_applied` MODIFY `customer_id` VARBINARY(764) NOT NULL, ADD UNIQUE `tiergate_game_applied_slot_unique` (`customer_id`, `server_uuid`, `action_key`)");
        }

        if (!Schema::hasTable('tiergate_game_commands')) {
            Schema::create('tiergate_game_commands', function (Blueprint $table) {
                $table->id();
                $table->string('customer_id', 191);
                $table->char('server_uuid', 36);
                $table->string('server_name', 191)->default('');
                $table->string('kind', 8);
                $table->text('command');
                $table->string('status', 8)->default('pending');
                $table->unsignedInteger('attempts')->default(0);
                $table->timestamp('next_attempt_at')->nullable();
                $table->text('last_error')->nullable();
                $table->timestamp('created_at')->nullable();
                $table->timestamp('sent_at')->nullable();
                $table->index(['status', 'next_attempt_at']);
            });
            DB::statement("ALTER TABLE `{$prefix}tiergate_game_commands` MODIFY `customer_id` VARBINARY(764) NOT NULL, ADD INDEX `tiergate_game_commands_customer_status_index` (`customer_id`, `status`, `server_uuid`)");
        }
    }

    public function down(): void
    {
        Schema::dropIfExists('tiergate_game_commands');
        Schema::dropIfExists('tiergate_game_applied');
    }
};
