<?php

// Boots the test-bed panel in-process (as its queue worker would) for the benchmark scripts beside this file.
$panel = $argv[1] ?? exit("usage: php {$argv[0]} <panel dir> …\n");
require "{$panel}/vendor/autoload.php";
$app = require "{$panel}/bootstrap/app.php";
$app->make(Illuminate\Contracts\Console\Kernel::class)->bootstrap();

return $app;
