<?php

// A fresh paymenter_test database (MariaDB, created through root's socket the first time), migrated with the
// double's schema and the extension's own migration, as Paymenter's installed() hook would run it.
$double = dirname(__DIR__, 2) . '/testbed/paymenter';
if (!is_file("{$double}/vendor/autoload.php")) {
    fwrite(STDERR, "Install the Paymenter double first: composer install in testbed/paymenter (npm test does it).\n");
    exit(1);
}
exec("mysql --protocol=socket -uroot -e \"CREATE DATABASE IF NOT EXISTS paymenter_test; CREATE USER IF NOT EXISTS 'pterodactyl'@'127.0.0.1' IDENTIFIED BY 'pterodactyl'; GRANT ALL ON paymenter_test.* TO 'pterodactyl'@'127.0.0.1';\" 2>&1", $out, $status);
foreach (['migrate:fresh --force', 'migrate --force --path=../../paymenter/extensions/Servers/Tiergate/database/migrations'] as $command) {
    exec('cd ' . escapeshellarg($double) . " && DB_DATABASE=paymenter_test php artisan {$command} 2>&1", $out, $status);
    if ($status !== 0) {
        fwrite(STDERR, "Preparing paymenter_test failed ({$command}):\n" . implode("\n", $out) . "\n");
        exit(1);
    }
}
putenv("TIERGATE_PAYMENTER_DOUBLE={$double}");
require "{$double}/vendor/autoload.php";
require __DIR__ . '/ExtensionTestCase.php';
require __DIR__ . '/Receiver.php';
require __DIR__ . '/SendsToAReceiver.php';
require dirname(__DIR__, 2) . '/blueprint/app/Contract/SchemaValidator.php';
// The panel's pure core (no Laravel, no I/O), so recorded Paymenter histories can be folded as the panel would.
spl_autoload_register(function (string $class) {
    $prefix = 'Pterodactyl\\BlueprintFramework\\Extensions\\tiergate\\Core\\';
    if (str_starts_with($class, $prefix)) {
        require dirname(__DIR__, 2) . '/blueprint/app/Core/' . substr($class, strlen($prefix)) . '.php';
    }
});
