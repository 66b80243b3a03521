<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\Schema;

/** Paymenter's `properties` (its migration of the same name): checkout values and custom properties, per model. */
return new class extends Migration {
    public function up(): void
    {
        Schema::create('properties', function (Blueprint $t) {
            $t->id();
            // Paymenter's is a foreign key to custom_properties, which the double has not.
            $t->unsignedBigInteger('custom_property_id')->nullable();
            $t->string('name')->nullable();
            $t->string('key');
            $t->unique(['key', 'model_id', 'model_type']);
            $t->text('value');
            $t->morphs('model');
            $t->timestamps();
        });
    }

    public function down(): void
    {
        Schema::dropIfExists('properties');
    }
};
