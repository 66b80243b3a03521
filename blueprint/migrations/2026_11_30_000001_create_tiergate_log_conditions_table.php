<?php

use Illuminate\Support\Facades\Schema;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Database\Migrations\Migration;

// The last problem logged per (customer, server, action), so a conflict that every reconcile meets again is logged
// once, when it appears or changes, instead of once per reconcile.
return new class () extends Migration {
    public function up(): void
    {
        if (Schema::hasTable('tiergate_log_conditions')) {
            return;
        }

        Schema::create('tiergate_log_conditions', function (Blueprint $table) {
            $table->id();
            // CHARACTER SET binary makes it VARBINARY: compared byte for byte like every other id column.
            $table->string('customer_id', 764)->charset('binary');
            $table->unsignedInteger('server_id')->default(0);
            $table->string('action', 32);
            $table->char('fingerprint', 64);
            $table->dateTime('created_at', 6);
            $table->unique(['customer_id', 'server_id', 'action']);
        });
    }

    public function down(): void
    {
        Schema::dropIfExists('tiergate_log_conditions');
    }
};
