<?php

namespace Tiergate\Tests;

use Illuminate\Foundation\Application;
use Illuminate\Contracts\Console\Kernel;
use Illuminate\Foundation\Testing\DatabaseTransactions;
use Illuminate\Foundation\Testing\TestCase as LaravelTestCase;

/**
 * Boots the test-bed panel (its real models, services and Tiergate as installed) against the `panel_test`
 * database (migrated and seeded once per run by bootstrap.php). Each test runs in a transaction that is rolled back.
 */
abstract class IntegrationTestCase extends LaravelTestCase
{
    use DatabaseTransactions;

    public function createApplication(): Application
    {
        /** @var Application $app */
        $app = require getenv('TIERGATE_PANEL_DIR') . '/bootstrap/app.php';
        $app->make(Kernel::class)->bootstrap();

        return $app;
    }
}
