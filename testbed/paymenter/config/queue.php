<?php

// As Paymenter's: the database queue, and jobs dispatched inside a transaction wait for its commit.
return [
    'default' => env('QUEUE_CONNECTION', 'database'),
    'connections' => [
        'sync' => ['driver' => 'sync'],
        'database' => ['driver' => 'database', 'table' => 'jobs', 'queue' => 'default', 'retry_after' => 90, 'after_commit' => true],
    ],
    'failed' => ['driver' => 'null'],
];
