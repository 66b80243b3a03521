<?php

// The core suite: the pure core and the other classes that need no database, read from this checkout's
// blueprint/app (not the installed copy). Only PHP is needed: the panel double's vendor directory supplies PHPUnit
// and the few library classes some of them name (Carbon, Illuminate's Request and QueryException); Laravel is never
// booted, so there is no container, config or database connection.
$vendor = getenv('TIERGATE_VENDOR_DIR') ?: dirname(__DIR__, 2) . '/testbed/panel/vendor';
if (!is_file("{$vendor}/autoload.php")) {
    fwrite(STDERR, "No Composer vendor directory at {$vendor}; run `composer install` in testbed/panel first.\n");
    exit(1);
}
require "{$vendor}/autoload.php";

$roots = [
    'Pterodactyl\\BlueprintFramework\\Extensions\\tiergate\\' => dirname(__DIR__, 2) . '/blueprint/app/',
    'Tiergate\\Tests\\' => __DIR__ . '/',
];
// Prepended so this checkout's source wins over any installed copy the vendor autoloader could also reach.
spl_autoload_register(function (string $class) use ($roots) {
    foreach ($roots as $prefix => $dir) {
        if (str_starts_with($class, $prefix)) {
            $file = $dir . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
            if (is_file($file)) {
                require $file;
            }

            return;
        }
    }
}, true, true);
