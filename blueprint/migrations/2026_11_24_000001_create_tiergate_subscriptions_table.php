<?php

use Illuminate\Support\Facades\Schema;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Database\Migrations\Migration;

// A reinstall after a Blueprint upgrade runs migrate again; the guard keeps that harmless if the migrations
// table was lost while the data was kept.
return new class () extends Migration {
    public function up(): void
    {
        if (Schema::hasTable('tiergate_subscriptions')) {
            return;
        }

        Schema::create('tiergate_subscriptions', function (Blueprint $table) {
            $table->id();
            $table->string('subscription_id', 191)->unique();
            $table->string('customer_id', 191)->index();
            $table->string('customer_email', 191)->nullable();
            $table->string('product_key', 191)->nullable()->index();
            $table->string('template_key', 191)->nullable();
            $table->string('tier_name', 191)->nullable();
            $table->string('state', 16)->index();
            $table->string('reason', 191)->default('');
            $table->timestamp('grace_until')->nullable();
            $table->timestamp('access_until')->nullable();
            $table->timestamp('next_change_at')->nullable()->index();
            $table->unsignedInteger('user_id')->nullable()->index();
            $table->boolean('needs_attention')->default(false)->index();
            $table->text('last_error')->nullable();
            $table->timestamp('last_event_at')->nullable();
            $table->timestamp('reconciled_at')->nullable();
            $table->timestamps();

            $table->foreign('user_id')->references('id')->on('users')->nullOnDelete();
        });
    }

    public function down(): void
    {
        Schema::dropIfExists('tiergate_subscriptions');
    }
};
