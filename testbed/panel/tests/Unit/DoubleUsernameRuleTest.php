<?php

namespace Pterodactyl\Tests\Unit;

use PHPUnit\Framework\Attributes\DataProvider;
use PHPUnit\Framework\TestCase;
use Pterodactyl\Rules\Username;

/** The double's Username rule accepts and refuses what the panel's does. */
class DoubleUsernameRuleTest extends TestCase
{
    public static function usernames(): array
    {
        return [
            ['abc', true], ['sub.user-01', true], ['a_b', true], ['UPPER', true], ['x1y', true],
            ['ab', false], ['a', false], ['_ab', false], ['ab_', false], ['.abc', false], ['abc-', false],
            ['john.doe+1', false], ['with space', false], ['émile', false], ['', false],
        ];
    }

    #[DataProvider('usernames')]
    public function testMatchesThePanelsRegex(string $username, bool $valid): void
    {
        $this->assertSame($valid, (new Username())->passes('username', $username));
    }
}
