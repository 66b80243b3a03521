<?php

use Illuminate\Support\Facades\Schema;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Database\Migrations\Migration;

return new class () extends Migration {
    public function up(): void
    {
        if (!Schema::hasTable('tiergate_templates')) {
            Schema::create('tiergate_templates', function (Blueprint $table) {
                $table->id();
                $table->string('key', 64)->unique();
                $table->string('name', 191);
                $table->json('selector');
                $table->json('permissions');
                $table->timestamps();
            });
        }

        if (!Schema::hasTable('tiergate_products')) {
            Schema::create('tiergate_products', function (Blueprint $table) {
                $table->id();
                $table->string('product_key', 191)->unique();
                $table->foreignId('template_id')->nullable()->constrained('tiergate_templates')->nullOnDelete();
                $table->timestamps();
            });
        }

        if (!Schema::hasTable('tiergate_accounts')) {
            // Which panel account belongs to which billing customer, and whether Tiergate created it
            // (only accounts it created are ever edited or deleted by it).
            Schema::create('tiergate_accounts', function (Blueprint $table) {
                $table->id();
                $table->string('customer_id', 191)->unique();
                $table->unsignedInteger('user_id')->unique();
                $table->boolean('created_by_tiergate');
                $table->timestamps();
                $table->foreign('user_id')->references('id')->on('users')->cascadeOnDelete();
            });
        }

        if (!Schema::hasTable('tiergate_grants')) {
            // The "applied" side of every plan: exactly the subuser rows Tiergate made.
            Schema::create('tiergate_grants', function (Blueprint $table) {
                $table->id();
                $table->unsignedInteger('user_id');
                $table->unsignedInteger('server_id');
                $table->unsignedInteger('subuser_id')->nullable();
                $table->json('permissions');
                $table->boolean('revocation_pending')->default(false)->index();
                $table->timestamp('applied_at');
                $table->unique(['user_id', 'server_id']);
                $table->foreign('user_id')->references('id')->on('users')->cascadeOnDelete();
                $table->foreign('server_id')->references('id')->on('servers')->cascadeOnDelete();
            });
        }

        if (!Schema::hasTable('tiergate_overrides')) {
            Schema::create('tiergate_overrides', function (Blueprint $table) {
                $table->id();
                $table->string('customer_id', 191)->unique();
                $table->string('kind', 16);
                $table->timestamp('until')->nullable();
                $table->string('reason', 191)->default('');
                $table->unsignedInteger('created_by')->nullable();
                $table->timestamps();
            });
        }

        if (!Schema::hasTable('tiergate_log')) {
            Schema::create('tiergate_log', function (Blueprint $table) {
                $table->id();
                $table->string('trigger', 16);
                $table->string('trigger_ref', 191)->nullable();
                $table->string('customer_id', 191)->nullable();
                $table->unsignedInteger('user_id')->nullable();
                $table->unsignedInteger('server_id')->nullable();
                $table->string('action', 32);
                $table->json('permissions_before')->nullable();
                $table->json('permissions_after')->nullable();
                $table->string('outcome', 16);
                $table->text('error')->nullable();
                $table->unsignedInteger('duration_ms')->default(0);
                $table->dateTime('created_at', 6)->index();
                // Keyset pagination per filter: (filter, id).
                $table->index(['customer_id', 'id']);
                $table->index(['server_id', 'id']);
                $table->index(['action', 'id']);
                $table->index(['outcome', 'id']);
            });
        }
    }

    public function down(): void
    {
        foreach (['tiergate_log', 'tiergate_overrides', 'tiergate_grants', 'tiergate_accounts', 'tiergate_products', 'tiergate_templates'] as $table) {
            Schema::dropIfExists($table);
        }
    }
};
