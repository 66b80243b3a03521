<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\Schema;

/** The Paymenter v1 tables the Tiergate extension reads (columns as in Paymenter's migrations; written for this double). */
return new class extends Migration {
    public function up(): void
    {
        Schema::create('users', function (Blueprint $t) {
            $t->id();
            $t->string('first_name')->nullable();
            $t->string('last_name')->nullable();
            $t->string('email')->unique();
            $t->string('password')->nullable();
            $t->timestamps();
        });
        Schema::create('extensions', function (Blueprint $t) {
            $t->id();
            $t->string('name');
            $t->string('extension');
            $t->string('type');
            $t->boolean('enabled')->default(true);
            $t->timestamps();
        });
        Schema::create('settings', function (Blueprint $t) {
            $t->id();
            $t->string('key');
            $t->text('value')->nullable();
            $t->string('type')->nullable();
            $t->boolean('encrypted')->default(false);
            $t->nullableMorphs('settingable');
            $t->timestamps();
        });
        Schema::create('products', function (Blueprint $t) {
            $t->id();
            $t->string('name');
            $t->string('slug')->unique();
            $t->unsignedInteger('stock')->nullable();
            $t->foreignId('server_id')->nullable()->constrained('extensions')->nullOnDelete();
            $t->timestamps();
        });
        Schema::create('plans', function (Blueprint $t) {
            $t->id();
            $t->string('name');
            $t->string('type');
            $t->unsignedInteger('billing_period')->nullable();
            $t->string('billing_unit')->nullable();
            $t->morphs('priceable');
            $t->timestamps();
        });
        Schema::create('services', function (Blueprint $t) {
            $t->id();
            $t->string('status')->default('pending');
            $t->foreignId('product_id')->constrained();
            $t->foreignId('plan_id')->constrained();
            $t->foreignId('user_id')->constrained()->cascadeOnDelete();
            $t->string('currency_code')->default('USD');
            $t->unsignedInteger('quantity')->default(1);
            $t->decimal('price', 17, 2)->default(0);
            $t->timestamp('expires_at')->nullable();
            $t->timestamps();
        });
        Schema::create('invoices', function (Blueprint $t) {
            $t->id();
            $t->foreignId('user_id')->constrained()->cascadeOnDelete();
            $t->string('status')->default('pending');
            $t->timestamp('due_at')->nullable();
            $t->timestamps();
        });
        Schema::create('invoice_items', function (Blueprint $t) {
            $t->id();
            $t->foreignId('invoice_id')->constrained()->cascadeOnDelete();
            $t->nullableMorphs('reference');
            $t->decimal('price', 17, 2)->default(0);
            $t->string('description')->default('');
            $t->timestamps();
        });
        Schema::create('invoice_transactions', function (Blueprint $t) {
            $t->id();
            $t->foreignId('invoice_id')->constrained()->cascadeOnDelete();
            $t->string('status')->default('succeeded');
            $t->decimal('amount', 17, 2)->default(0);
            $t->string('transaction_id')->nullable();
            $t->timestamps();
        });
        Schema::create('service_cancellations', function (Blueprint $t) {
            $t->id();
            $t->foreignId('service_id')->constrained()->cascadeOnDelete();
            $t->string('type');
            $t->text('reason')->nullable();
            $t->timestamps();
        });
        Schema::create('service_upgrades', function (Blueprint $t) {
            $t->id();
            $t->foreignId('service_id')->constrained()->cascadeOnDelete();
            $t->foreignId('product_id')->constrained();
            $t->foreignId('plan_id')->constrained();
            $t->foreignId('invoice_id')->nullable()->constrained()->nullOnDelete();
            $t->string('status')->default('pending');
            $t->decimal('price', 17, 2)->nullable();
            $t->timestamps();
        });
        Schema::create('jobs', function (Blueprint $t) {
            $t->bigIncrements('id');
            $t->string('queue')->index();
            $t->longText('payload');
            $t->unsignedTinyInteger('attempts');
            $t->unsignedInteger('reserved_at')->nullable();
            $t->unsignedInteger('available_at');
            $t->unsignedInteger('created_at');
        });
    }

    public function down(): void
    {
    }
};
