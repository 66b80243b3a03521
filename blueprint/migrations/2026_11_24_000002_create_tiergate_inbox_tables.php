<?php

use Illuminate\Support\Facades\Schema;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Database\Migrations\Migration;

return new class () extends Migration {
    public function up(): void
    {
        if (!Schema::hasTable('tiergate_events')) {
            Schema::create('tiergate_events', function (Blueprint $table) {
                $table->id();
                // Standard Webhooks' webhook-id: the same on every retry, so it is the idempotency key.
                $table->string('webhook_id', 191)->unique();
                $table->string('type', 64);
                $table->string('format', 16);
                $table->string('subscription_id', 191)->nullable();
                $table->string('customer_id', 191)->nullable()->index();
                $table->dateTime('occurred_at', 6);
                $table->unsignedBigInteger('sequence')->nullable();
                // The exact bytes that were signed, and the canonical form the engine reads.
                $table->longText('body');
                $table->json('canonical');
                $table->json('headers');
                $table->string('source_ip', 45);
                $table->dateTime('received_at', 6);
                $table->dateTime('processed_at', 6)->nullable();

                $table->index(['subscription_id', 'sequence', 'occurred_at']);
                $table->index('processed_at');
            });
        }

        if (!Schema::hasTable('tiergate_rejections')) {
            Schema::create('tiergate_rejections', function (Blueprint $table) {
                $table->id();
                $table->unsignedSmallInteger('status');
                $table->string('code', 64);
                $table->string('reason', 500);
                $table->string('source_ip', 45);
                $table->unsignedInteger('body_size');
                $table->string('webhook_id', 191)->nullable();
                $table->dateTime('created_at', 6);
            });
        }

        if (!Schema::hasTable('tiergate_settings')) {
            Schema::create('tiergate_settings', function (Blueprint $table) {
                $table->string('key', 64)->primary();
                $table->text('value');
                $table->timestamps();
            });
        }
    }

    public function down(): void
    {
        Schema::dropIfExists('tiergate_settings');
        Schema::dropIfExists('tiergate_rejections');
        Schema::dropIfExists('tiergate_events');
    }
};
