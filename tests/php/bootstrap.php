<?php

// The panel's autoloader finds Tiergate through the link Blueprint made (app/BlueprintFramework/Extensions/tiergate),
// so these tests exercise the installed copy. Its cached config is bypassed so the test database is used.
$panel = getenv('TIERGATE_PANEL_DIR') ?: dirname(__DIR__, 2) . '/.testbed/panel';
if (!is_file("{$panel}/vendor/autoload.php")) {
    fwrite(STDERR, "No test-bed panel at {$panel}; run `npm run testbed -- up` first.\n");
    exit(1);
}
putenv('APP_CONFIG_CACHE=' . sys_get_temp_dir() . '/tiergate-tests-no-config-cache.php');
putenv('TIERGATE_PANEL_DIR=' . $panel);

// Once per run: a fresh panel_test schema with the panel's seed and the test-bed fixtures (never the live database).
$env = 'APP_CONFIG_CACHE=' . escapeshellarg(getenv('APP_CONFIG_CACHE')) . ' DB_DATABASE=panel_test APP_ENV=testing';
// A fresh install starts in shadow mode; the tests run live unless a test switches (inside its own transaction).
foreach (['migrate:fresh --force --seed', 'db:seed --class=TestbedSeeder --force', 'tiergate:go-live'] as $command) {
    exec('cd ' . escapeshellarg($panel) . " && {$env} php artisan {$command} 2>&1", $output, $status);
    if ($status !== 0) {
        fwrite(STDERR, "Preparing panel_test failed ({$command}):\n" . implode("\n", $output) . "\n");
        exit(1);
    }
}

require "{$panel}/vendor/autoload.php";
spl_autoload_register(function (string $class) {
    if (str_starts_with($class, 'Tiergate\\Tests\\')) {
        $file = __DIR__ . '/' . str_replace('\\', '/', substr($class, strlen('Tiergate\\Tests\\'))) . '.php';
        if (is_file($file)) {
            require $file;
        }
    }
});
