<?php

use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Schema;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Database\Migrations\Migration;

/* A template's in-game actions (Core\GameAction): console commands run on grant and on revoke. None by default. */
return new class () extends Migration {
    public function up(): void
    {
        if (!Schema::hasColumn('tiergate_templates', 'game_actions')) {
            Schema::table('tiergate_templates', function (Blueprint $table) {
                $table->json('game_actions')->nullable()->after('permissions');
            });
        }
        DB::table('tiergate_templates')->whereNull('game_actions')->update(['game_actions' => '[]']);
        $prefix = DB::getTablePrefix();
        DB::statement("ALTER TABLE `{$prefix}tiergate_templates` MODIFY `game_actions` LONGTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT '[]' CHECK (json_valid(`game_actions`))");
    }

    public function down(): void
    {
        if (Schema::hasColumn('tiergate_templates', 'game_actions')) {
            Schema::table('tiergate_templates', function (Blueprint $table) {
                $table->dropColumn('game_actions');
            });
        }
    }
};
