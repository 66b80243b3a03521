<?php

use Illuminate\Support\Facades\Schema;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Database\Migrations\Migration;

return new class () extends Migration {
    public function up(): void
    {
        if (Schema::hasColumn('tiergate_grants', 'revocation_next_at')) {
            return;
        }
        // A token revocation Wings could not take is retried on its own schedule (tiergate:tick), with backoff.
        Schema::table('tiergate_grants', function (Blueprint $table) {
            $table->timestamp('revocation_pending_since')->nullable()->after('revocation_pending');
            $table->unsignedInteger('revocation_attempts')->default(0)->after('revocation_pending_since');
            $table->timestamp('revocation_next_at')->nullable()->index()->after('revocation_attempts');
        });
    }

    public function down(): void
    {
        if (Schema::hasColumn('tiergate_grants', 'revocation_next_at')) {
            Schema::table('tiergate_grants', function (Blueprint $table) {
                $table->dropIndex(['revocation_next_at']);
                $table->dropColumn(['revocation_pending_since', 'revocation_attempts', 'revocation_next_at']);
            });
        }
    }
};
