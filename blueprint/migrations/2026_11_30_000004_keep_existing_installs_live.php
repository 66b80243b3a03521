<?php

use Illuminate\Support\Facades\DB;
use Illuminate\Database\Migrations\Migration;

/*
 * A fresh install starts in shadow mode (nothing applied until the admin goes live). An install that already
 * serves subscribers is upgraded, not fresh: it stays live, so an upgrade never silently stops provisioning.
 */
return new class () extends Migration {
    public function up(): void
    {
        $serving = DB::table('tiergate_subscriptions')->exists() || DB::table('tiergate_grants')->exists();
        if ($serving && !DB::table('tiergate_settings')->where('key', 'apply_mode')->exists()) {
            DB::table('tiergate_settings')->insert(['key' => 'apply_mode', 'value' => json_encode('live'), 'created_at' => now(), 'updated_at' => now()]);
        }
    }

    public function down(): void
    {
    }
};
