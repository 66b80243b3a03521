<?php

return [
    // The panel's timeouts for calls to Wings (config/pterodactyl.php guzzle section in the real panel).
    'guzzle' => ['timeout' => (int) env('GUZZLE_TIMEOUT', 15), 'connect_timeout' => (int) env('GUZZLE_CONNECT_TIMEOUT', 5)],
];
