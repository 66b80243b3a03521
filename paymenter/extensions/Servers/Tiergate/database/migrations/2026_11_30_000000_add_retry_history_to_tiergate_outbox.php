<?php

use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Schema;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Database\Migrations\Migration;

return new class () extends Migration {
    public function up(): void
    {
        if (Schema::hasColumn('tiergate_outbox', 'round_attempts')) {
            return;
        }
        // `attempts` counts every try ever made; the retry schedule counts only the tries since the last manual
        // retry, and each manual retry is kept with what the row looked like before it.
        Schema::table('tiergate_outbox', function (Blueprint $table) {
            $table->unsignedSmallInteger('round_attempts')->default(0)->after('attempts');
            $table->text('retries')->nullable()->after('round_attempts');
        });
        DB::table('tiergate_outbox')->update(['round_attempts' => DB::raw('attempts')]);
    }

    public function down(): void
    {
        Schema::table('tiergate_outbox', fn (Blueprint $table) => $table->dropColumn(['round_attempts', 'retries']));
    }
};
