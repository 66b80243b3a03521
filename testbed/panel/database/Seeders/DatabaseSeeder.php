<?php

namespace Database\Seeders;

use Illuminate\Database\Seeder;
use Illuminate\Support\Str;
use Pterodactyl\Models\Egg;
use Pterodactyl\Models\Nest;

/** As the panel's seed (which imports its bundled eggs), reduced to the Minecraft nest with Paper and Bungeecord. */
class DatabaseSeeder extends Seeder
{
    private const EGGS = [
        'Paper' => [
            'description' => 'High performance Spigot fork that aims to fix gameplay and mechanics inconsistencies.',
            'startup' => 'java -Xms128M -XX:MaxRAMPercentage=95.0 -Dterminal.jline=false -Dterminal.ansi=true -jar {{SERVER_JARFILE}}',
            'config_stop' => 'stop',
            'config_startup' => '{"done": ")! For help, type "}',
        ],
        'Bungeecord' => [
            'description' => 'For a long time, Minecraft server owners have had a dream that encompasses a free, easy, and reliable way to connect multiple Minecraft servers together. BungeeCord is the answer to said dream.',
            'startup' => 'java -Xms128M -XX:MaxRAMPercentage=95.0 -jar {{SERVER_JARFILE}}',
            'config_stop' => 'end',
            'config_startup' => '{"done": "Listening on "}',
        ],
    ];

    public function run(): void
    {
        $nest = Nest::query()->where('name', 'Minecraft')->first() ?? new Nest();
        $nest->forceFill([
            'uuid' => $nest->uuid ?? Str::uuid()->toString(),
            'author' => 'support@pterodactyl.io',
            'name' => 'Minecraft',
            'description' => 'Minecraft - the classic game from Mojang. With support for Vanilla MC, Spigot, and many others!',
        ])->save();

        foreach (self::EGGS as $name => $egg) {
            $model = Egg::query()->where('nest_id', $nest->id)->where('name', $name)->first() ?? new Egg();
            $model->forceFill($egg + [
                'uuid' => $model->uuid ?? Str::uuid()->toString(),
                'nest_id' => $nest->id,
                'author' => 'parker@pterodactyl.io',
                'name' => $name,
                'features' => ['eula', 'java_version', 'pid_limit'],
                'docker_images' => ['Java 17' => 'ghcr.io/pterodactyl/yolks:java_17', 'Java 21' => 'ghcr.io/pterodactyl/yolks:java_21'],
                'file_denylist' => [],
                'config_logs' => '{}',
                'config_files' => '{}',
                'script_install' => "#!/bin/ash\n# The double installs nothing.\n",
                'script_entry' => 'ash',
                'script_container' => 'ghcr.io/pterodactyl/installers:alpine',
            ])->save();
        }
    }
}
