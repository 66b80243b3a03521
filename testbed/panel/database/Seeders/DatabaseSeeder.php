<?php

namespace Database\Seeders;

use Illuminate\Database\Seeder;
use Illuminate\Support\Str;
use Pterodactyl\Models\Egg;
use Pterodactyl\Models\Nest;

/** As the panel's seed, reduced to the Minecraft nest with its Paper and Bungeecord eggs. */
class DatabaseSeeder extends Seeder
{
    public function run(): void
    {
        $nest = Nest::query()->firstOrCreate(['name' => 'Minecraft'], ['uuid' => Str::uuid()->toString(), 'author' => 'support@pterodactyl.io', 'description' => 'Minecraft - the classic game from Mojang.']);
        foreach (['Paper' => 'ghcr.io/pterodactyl/yolks:java_17', 'Bungeecord' => 'ghcr.io/pterodactyl/yolks:java_17'] as $name => $image) {
            Egg::query()->firstOrCreate(['nest_id' => $nest->id, 'name' => $name], [
                'uuid' => Str::uuid()->toString(),
                'author' => 'parker@pterodactyl.io',
                'description' => "{$name} server",
                'docker_images' => [$image => $image],
                'startup' => 'java -Xms128M -Xmx{{SERVER_MEMORY}}M -jar {{SERVER_JARFILE}}',
            ]);
        }
    }
}
