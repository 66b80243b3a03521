<?php

use Illuminate\Support\Facades\Schema;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Database\Migrations\Migration;

/* An admin can ignore a product Tiergate should not grant for (a donation, a one-off): it then stops needing attention. */
return new class () extends Migration {
    public function up(): void
    {
        if (!Schema::hasColumn('tiergate_products', 'ignored_at')) {
            Schema::table('tiergate_products', function (Blueprint $table) {
                $table->timestamp('ignored_at')->nullable()->after('template_id');
                $table->string('ignored_reason', 191)->nullable()->after('ignored_at');
            });
        }
    }

    public function down(): void
    {
        if (Schema::hasColumn('tiergate_products', 'ignored_at')) {
            Schema::table('tiergate_products', function (Blueprint $table) {
                $table->dropColumn(['ignored_at', 'ignored_reason']);
            });
        }
    }
};
