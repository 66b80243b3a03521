<?php

use Illuminate\Contracts\Encryption\DecryptException;
use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\Crypt;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Schema;

/**
 * The double's second step (a separate file so instances created before it get it from `migrate`):
 * the egg configuration and install-script columns of Pterodactyl 1.11.8, and node tokens stored the
 * way the panel stores them (encrypt(), serialized) where an older double used encryptString().
 */
return new class extends Migration {
    public function up(): void
    {
        Schema::table('eggs', function (Blueprint $table) {
            $table->unsignedInteger('config_from')->nullable()->after('docker_images');
            $table->text('update_url')->nullable()->after('config_from');
            $table->string('config_stop', 191)->nullable()->after('update_url');
            $table->text('config_startup')->nullable()->after('config_stop');
            $table->text('config_logs')->nullable()->after('config_startup');
            $table->text('config_files')->nullable()->after('config_logs');
            $table->boolean('force_outgoing_ip')->default(false)->after('config_files');
            $table->text('script_install')->nullable()->after('startup');
            $table->boolean('script_is_privileged')->default(true)->after('script_install');
            $table->string('script_entry', 191)->default('ash')->after('script_is_privileged');
            $table->string('script_container', 191)->default('alpine:3.4')->after('script_entry');
            $table->unsignedInteger('copy_script_from')->nullable()->after('script_container');
            $table->foreign('config_from')->references('id')->on('eggs')->nullOnDelete();
            $table->foreign('copy_script_from')->references('id')->on('eggs')->nullOnDelete();
        });

        foreach (DB::table('nodes')->get(['id', 'daemon_token']) as $node) {
            try {
                $plain = Crypt::decryptString($node->daemon_token);
            } catch (DecryptException) {
                continue;
            }
            if (@unserialize($plain) === false && $plain !== serialize(false)) {
                DB::table('nodes')->where('id', $node->id)->update(['daemon_token' => Crypt::encrypt($plain)]);
            }
        }
    }

    public function down(): void
    {
        Schema::table('eggs', function (Blueprint $table) {
            $table->dropForeign(['config_from']);
            $table->dropForeign(['copy_script_from']);
            $table->dropColumn(['config_from', 'update_url', 'config_stop', 'config_startup', 'config_logs', 'config_files', 'force_outgoing_ip', 'script_install', 'script_is_privileged', 'script_entry', 'script_container', 'copy_script_from']);
        });
    }
};
