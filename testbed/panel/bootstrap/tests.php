<?php

// As the panel's bootstrap/tests.php: refuse any database whose name lacks "test", then migrate and seed it once
// per run (unless SKIP_MIGRATIONS is set). The double also seeds its TestbedSeeder world.
use Illuminate\Contracts\Console\Kernel;

require __DIR__ . '/../vendor/autoload.php';

$app = require __DIR__ . '/app.php';
$kernel = $app->make(Kernel::class);
$kernel->bootstrap();

$database = config('database.connections.' . config('database.default') . '.database');
if (!str_contains((string) $database, 'test')) {
    fwrite(STDERR, PHP_EOL . "Cannot run test process against non-testing database.\nEnvironment is currently pointed at: \"{$database}\"." . PHP_EOL);
    exit(1);
}

if (!env('SKIP_MIGRATIONS')) {
    fwrite(STDOUT, PHP_EOL . "Refreshing database {$database} for the double's tests..." . PHP_EOL);
    foreach ([['migrate:fresh', ['--force' => true]], ['db:seed', ['--force' => true]], ['db:seed', ['--class' => 'TestbedSeeder', '--force' => true]]] as [$command, $arguments]) {
        if ($kernel->call($command, $arguments) !== 0) {
            fwrite(STDERR, $kernel->output());
            exit(1);
        }
    }
}
