<?php

use Illuminate\Support\Facades\Schema;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Database\Migrations\Migration;

/* The core's sub-state (Core\StateCause) beside the state, so readers decide by it rather than by the reason's words. */
return new class () extends Migration {
    public function up(): void
    {
        if (!Schema::hasColumn('tiergate_subscriptions', 'cause')) {
            Schema::table('tiergate_subscriptions', function (Blueprint $table) {
                $table->string('cause', 32)->nullable()->after('state');
            });
        }
    }

    public function down(): void
    {
        if (Schema::hasColumn('tiergate_subscriptions', 'cause')) {
            Schema::table('tiergate_subscriptions', function (Blueprint $table) {
                $table->dropColumn('cause');
            });
        }
    }
};
