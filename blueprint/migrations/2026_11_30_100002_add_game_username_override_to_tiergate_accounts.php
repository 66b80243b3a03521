<?php

use Illuminate\Support\Facades\Schema;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Database\Migrations\Migration;

/*
 * An admin's correction of a subscriber's in-game name, and the name the payload had when it was made: the
 * correction wins only while the payload's newest name is still that one (Core\GamePlayer::effective).
 */
return new class () extends Migration {
    public function up(): void
    {
        if (!Schema::hasColumn('tiergate_accounts', 'game_username_override')) {
            Schema::table('tiergate_accounts', function (Blueprint $table) {
                $table->string('game_username_override', 191)->collation('utf8mb4_bin')->nullable();
                $table->string('game_username_override_base', 191)->collation('utf8mb4_bin')->nullable();
            });
        }
    }

    public function down(): void
    {
        if (Schema::hasColumn('tiergate_accounts', 'game_username_override')) {
            Schema::table('tiergate_accounts', function (Blueprint $table) {
                $table->dropColumn(['game_username_override', 'game_username_override_base']);
            });
        }
    }
};
