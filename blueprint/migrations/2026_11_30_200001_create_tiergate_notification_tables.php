<?php

use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Schema;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Database\Migrations\Migration;

/*
 * Outbound notifications: `tiergate_notified` holds, per subscription, what other systems were last told (the
 * "applied" side of notifications); `tiergate_notifications` is the outbox, one row per message and destination,
 * written in the reconcile's transaction. Ids are VARBINARY like every other Tiergate id column.
 */
return new class () extends Migration {
    public function up(): void
    {
        $prefix = DB::getTablePrefix();
        if (!Schema::hasTable('tiergate_notified')) {
            Schema::create('tiergate_notified', function (Blueprint $table) {
                $table->id();
                $table->string('subscription_id', 191)->unique();
                $table->string('customer_id', 191)->index();
                $table->text('snapshot');
                $table->timestamp('notified_at');
            });
            DB::statement("ALTER TABLE `{$prefix}tiergate_notified` MODIFY `subscription_id` VARBINARY(764) NOT NULL, MODIFY `customer_id` VARBINARY(764) NOT NULL");
        }

        if (!Schema::hasTable('tiergate_notifications')) {
            Schema::create('tiergate_notifications', function (Blueprint $table) {
                $table->id();
                $table->string('message_id', 64);
                $table->string('type', 64);
                $table->string('customer_id', 191);
                $table->string('subscription_id', 191)->nullable();
                $table->string('destination_key', 40);
                $table->text('destination');
                $table->longText('body');
                $table->string('status', 16)->default('pending')->index(); // pending | sent | dead | cancelled
                $table->unsignedSmallInteger('attempts')->default(0);
                $table->timestamp('next_attempt_at')->nullable();
                $table->unsignedSmallInteger('last_status')->nullable();
                $table->text('last_error')->nullable();
                $table->timestamp('sent_at')->nullable();
                $table->timestamps();
                $table->unique(['destination_key', 'message_id']);
                $table->index(['status', 'destination_key', 'customer_id', 'id'], 'tiergate_notifications_queue');
            });
            DB::statement("ALTER TABLE `{$prefix}tiergate_notifications` MODIFY `customer_id` VARBINARY(764) NOT NULL, MODIFY `subscription_id` VARBINARY(764) NULL");
        }
    }

    public function down(): void
    {
        Schema::dropIfExists('tiergate_notifications');
        Schema::dropIfExists('tiergate_notified');
    }
};
