<?php

namespace Tiergate\Tests;

use PHPUnit\Framework\TestCase as BaseTestCase;

abstract class TestCase extends BaseTestCase
{
    protected static function fixture(string $path): string
    {
        return dirname(__DIR__) . '/fixtures/' . $path;
    }
}
