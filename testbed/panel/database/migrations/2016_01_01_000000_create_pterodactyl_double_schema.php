<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\Schema;

/**
 * The tables of Pterodactyl 1.11.8 a Blueprint extension like Tiergate reads or writes, with the panel's
 * column names, types and foreign keys (consolidated from its migrations; written for this double).
 * Like the panel, `subusers` has no unique index on (user_id, server_id).
 */
return new class extends Migration {
    public function up(): void
    {
        Schema::create('users', function (Blueprint $table) {
            $table->increments('id');
            $table->string('external_id', 191)->nullable()->index();
            $table->char('uuid', 36)->unique();
            $table->string('username', 191)->unique();
            $table->string('email', 191)->unique();
            $table->string('name_first', 191)->nullable();
            $table->string('name_last', 191)->nullable();
            $table->text('password');
            $table->string('remember_token', 191)->nullable();
            $table->char('language', 5)->default('en');
            $table->unsignedTinyInteger('root_admin')->default(0);
            $table->unsignedTinyInteger('use_totp');
            $table->text('totp_secret')->nullable();
            $table->timestamp('totp_authenticated_at')->nullable();
            $table->boolean('gravatar')->default(true);
            $table->timestamps();
        });

        Schema::create('locations', function (Blueprint $table) {
            $table->increments('id');
            $table->string('short', 191)->unique();
            $table->text('long')->nullable();
            $table->timestamps();
        });

        Schema::create('nodes', function (Blueprint $table) {
            $table->increments('id');
            $table->char('uuid', 36)->unique();
            $table->unsignedTinyInteger('public');
            $table->string('name', 191);
            $table->text('description')->nullable();
            $table->unsignedInteger('location_id');
            $table->string('fqdn', 191);
            $table->string('scheme', 191)->default('https');
            $table->boolean('behind_proxy')->default(false);
            $table->boolean('maintenance_mode')->default(false);
            $table->unsignedInteger('memory');
            $table->integer('memory_overallocate')->default(0);
            $table->unsignedInteger('disk');
            $table->integer('disk_overallocate')->default(0);
            $table->unsignedInteger('upload_size')->default(100);
            $table->char('daemon_token_id', 16)->unique();
            $table->text('daemon_token');
            $table->unsignedSmallInteger('daemonListen')->default(8080);
            $table->unsignedSmallInteger('daemonSFTP')->default(2022);
            $table->string('daemonBase', 191)->default('/home/daemon-files');
            $table->timestamps();
            $table->foreign('location_id')->references('id')->on('locations');
        });

        Schema::create('nests', function (Blueprint $table) {
            $table->increments('id');
            $table->char('uuid', 36)->unique();
            $table->string('author', 191);
            $table->string('name', 191);
            $table->text('description')->nullable();
            $table->timestamps();
        });

        Schema::create('eggs', function (Blueprint $table) {
            $table->increments('id');
            $table->char('uuid', 36)->unique();
            $table->unsignedInteger('nest_id');
            $table->string('author', 191);
            $table->string('name', 191);
            $table->text('description')->nullable();
            $table->json('features')->nullable();
            $table->json('docker_images');
            $table->json('file_denylist')->nullable();
            $table->text('startup')->nullable();
            $table->timestamps();
            $table->foreign('nest_id')->references('id')->on('nests')->cascadeOnDelete();
        });

        Schema::create('allocations', function (Blueprint $table) {
            $table->increments('id');
            $table->unsignedInteger('node_id');
            $table->string('ip', 191);
            $table->text('ip_alias')->nullable();
            $table->unsignedMediumInteger('port');
            $table->unsignedInteger('server_id')->nullable();
            $table->string('notes', 191)->nullable();
            $table->timestamps();
            $table->unique(['node_id', 'ip', 'port']);
            $table->foreign('node_id')->references('id')->on('nodes')->cascadeOnDelete();
        });

        Schema::create('servers', function (Blueprint $table) {
            $table->increments('id');
            $table->string('external_id', 191)->nullable()->unique();
            $table->char('uuid', 36)->unique();
            $table->char('uuidShort', 8)->unique();
            $table->unsignedInteger('node_id');
            $table->string('name', 191);
            $table->text('description');
            $table->string('status', 191)->nullable();
            $table->boolean('skip_scripts')->default(false);
            $table->unsignedInteger('owner_id');
            $table->unsignedInteger('memory');
            $table->unsignedInteger('swap');
            $table->unsignedInteger('disk');
            $table->unsignedInteger('io');
            $table->unsignedInteger('cpu');
            $table->string('threads', 191)->nullable();
            $table->unsignedTinyInteger('oom_disabled')->default(0);
            $table->unsignedInteger('allocation_id')->unique();
            $table->unsignedInteger('nest_id');
            $table->unsignedInteger('egg_id');
            $table->text('startup');
            $table->string('image', 191);
            $table->unsignedInteger('allocation_limit')->nullable();
            $table->unsignedInteger('database_limit')->nullable()->default(0);
            $table->unsignedInteger('backup_limit')->default(0);
            $table->timestamp('installed_at')->nullable();
            $table->timestamps();
            $table->foreign('node_id')->references('id')->on('nodes');
            $table->foreign('owner_id')->references('id')->on('users');
            $table->foreign('allocation_id')->references('id')->on('allocations');
            $table->foreign('nest_id')->references('id')->on('nests');
            $table->foreign('egg_id')->references('id')->on('eggs');
        });

        Schema::table('allocations', function (Blueprint $table) {
            $table->foreign('server_id')->references('id')->on('servers')->nullOnDelete();
        });

        Schema::create('subusers', function (Blueprint $table) {
            $table->increments('id');
            $table->unsignedInteger('user_id');
            $table->unsignedInteger('server_id');
            $table->json('permissions')->nullable();
            $table->timestamps();
            $table->foreign('user_id')->references('id')->on('users')->cascadeOnDelete();
            $table->foreign('server_id')->references('id')->on('servers')->cascadeOnDelete();
        });

        Schema::create('activity_logs', function (Blueprint $table) {
            $table->id();
            $table->uuid('batch')->nullable();
            $table->string('event', 191)->index();
            $table->string('ip', 191);
            $table->text('description')->nullable();
            $table->nullableMorphs('actor');
            $table->unsignedInteger('api_key_id')->nullable();
            $table->json('properties');
            $table->timestamp('timestamp')->useCurrent()->index();
        });

        Schema::create('activity_log_subjects', function (Blueprint $table) {
            $table->id();
            $table->foreignId('activity_log_id')->constrained()->cascadeOnDelete();
            $table->morphs('subject');
        });

        Schema::create('settings', function (Blueprint $table) {
            $table->increments('id');
            $table->string('key', 191)->unique();
            $table->text('value');
        });

        Schema::create('password_resets', function (Blueprint $table) {
            $table->string('email', 191)->index();
            $table->string('token', 191)->index();
            $table->timestamp('created_at')->nullable();
        });

        Schema::create('jobs', function (Blueprint $table) {
            $table->bigIncrements('id');
            $table->string('queue', 191)->index();
            $table->longText('payload');
            $table->unsignedTinyInteger('attempts');
            $table->unsignedInteger('reserved_at')->nullable();
            $table->unsignedInteger('available_at');
            $table->unsignedInteger('created_at');
        });

        Schema::create('failed_jobs', function (Blueprint $table) {
            $table->id();
            $table->string('uuid')->unique();
            $table->text('connection');
            $table->text('queue');
            $table->longText('payload');
            $table->longText('exception');
            $table->timestamp('failed_at')->useCurrent();
        });
    }

    public function down(): void
    {
        foreach (['failed_jobs', 'jobs', 'password_resets', 'settings', 'activity_log_subjects', 'activity_logs', 'subusers', 'allocations', 'servers', 'eggs', 'nests', 'nodes', 'locations', 'users'] as $table) {
            Schema::disableForeignKeyConstraints();
            Schema::dropIfExists($table);
            Schema::enableForeignKeyConstraints();
        }
    }
};
