<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\Schema;

// Blueprint re-runs every migration on a reinstall after an upgrade, so each one checks before it creates.
return new class extends Migration {
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
            $table->string('tier_name', 191)->nullable();
            $table->string('state', 16)->index();
            $table->timestamp('grace_until')->nullable();
            $table->unsignedInteger('user_id')->nullable()->index();
            $table->boolean('needs_attention')->default(false);
            $table->text('last_error')->nullable();
            $table->timestamps();

            $table->foreign('user_id')->references('id')->on('users')->nullOnDelete();
        });
    }

    public function down(): void
    {
        Schema::dropIfExists('tiergate_subscriptions');
    }
};
