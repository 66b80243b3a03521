<?php

use Illuminate\Support\Facades\Schema;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Database\Migrations\Migration;

return new class () extends Migration {
    public function up(): void
    {
        if (Schema::hasTable('tiergate_outbox')) {
            return;
        }
        // One row per lifecycle event, written in the same transaction as the change that caused it.
        Schema::create('tiergate_outbox', function (Blueprint $table) {
            $table->id();
            $table->string('webhook_id', 64)->unique();
            $table->string('type', 64);
            $table->unsignedBigInteger('service_id')->index();
            $table->unsignedBigInteger('sequence');
            $table->longText('body');
            $table->string('status', 16)->default('pending')->index(); // pending | delivered | failed
            $table->unsignedSmallInteger('attempts')->default(0);
            $table->timestamp('next_attempt_at')->nullable()->index();
            $table->unsignedSmallInteger('last_status')->nullable();
            $table->text('last_error')->nullable();
            $table->timestamp('delivered_at')->nullable();
            $table->timestamps();
            $table->unique(['service_id', 'sequence']);
        });
    }

    public function down(): void
    {
        Schema::dropIfExists('tiergate_outbox');
    }
};
