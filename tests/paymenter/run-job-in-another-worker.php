<?php

// Runs one outbox job in a process of its own, as a second queue worker would: argv is the outbox row's id and a
// directory for the cache, which the two workers share (the double's own cache is per process).
use Illuminate\Contracts\Console\Kernel;
use Paymenter\Extensions\Servers\Tiergate\Delivery\DeliverOutboxEvent;

[, $outboxId, $cacheDir] = $argv;
$double = (string) getenv('TIERGATE_PAYMENTER_DOUBLE');
require "{$double}/vendor/autoload.php";
$app = require "{$double}/bootstrap/app.php";
$app->make(Kernel::class)->bootstrap();
config(['cache.default' => 'shared', 'cache.stores.shared' => ['driver' => 'file', 'path' => $cacheDir, 'lock_path' => $cacheDir]]);
$app->call([new DeliverOutboxEvent((int) $outboxId), 'handle']);
