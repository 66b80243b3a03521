<?php

$app = new Illuminate\Foundation\Application($_ENV['APP_BASE_PATH'] ?? dirname(__DIR__));

$app->singleton(Illuminate\Contracts\Http\Kernel::class, Pterodactyl\Http\Kernel::class);
$app->singleton(Illuminate\Contracts\Console\Kernel::class, Pterodactyl\Console\Kernel::class);
$app->singleton(Illuminate\Contracts\Debug\ExceptionHandler::class, Pterodactyl\Exceptions\Handler::class);

return $app;
