<?php

// Runs inside the artisan command Blueprint generates from Console.yml: $this is that command.
app(Pterodactyl\BlueprintFramework\Extensions\tiergate\Console\ModeCommand::class)->handle($this, 'go-live');
