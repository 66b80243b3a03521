<?php

// Runs inside the artisan command Blueprint generates from Console.yml: $this is that command.
app(Pterodactyl\BlueprintFramework\Extensions\tiergate\Console\OverrideCommand::class)->handle($this, 'suspend');
