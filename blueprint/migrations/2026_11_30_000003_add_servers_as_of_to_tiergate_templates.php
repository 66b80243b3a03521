<?php

use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Schema;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Database\Migrations\Migration;

/*
 * An "all servers" template covers the servers that existed at one moment. That moment used to be read from
 * updated_at, so any edit (a rename) silently added every server created since; it is now stored on its own and only
 * moves when the admin asks for it. Existing templates keep the moment they had (their updated_at).
 */
return new class () extends Migration {
    public function up(): void
    {
        if (!Schema::hasColumn('tiergate_templates', 'servers_as_of')) {
            Schema::table('tiergate_templates', function (Blueprint $table) {
                $table->timestamp('servers_as_of')->nullable()->after('permissions');
            });
        }
        DB::table('tiergate_templates')->whereNull('servers_as_of')->update(['servers_as_of' => DB::raw('updated_at')]);
    }

    public function down(): void
    {
        if (Schema::hasColumn('tiergate_templates', 'servers_as_of')) {
            Schema::table('tiergate_templates', function (Blueprint $table) {
                $table->dropColumn('servers_as_of');
            });
        }
    }
};
