<?php

namespace Tiergate\Tests\Integration\Services\Panel;

use Pterodactyl\Rules\Username;
use Tiergate\Tests\IntegrationTestCase;
use PHPUnit\Framework\Attributes\DataProvider;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel\UsernameGenerator;

class UsernameGeneratorTest extends IntegrationTestCase
{
    public static function emails(): array
    {
        return [
            ['alex@example.com', 'alex'],
            ['John.Doe+tag@example.com', 'john.doetag'],
            ['a@example.com', 'playera'],
            ['__x__@example.com', 'playerx'],
            ['.-_@example.com', 'player-2'], // "player" is taken by the test-bed fixture
            ['émile@example.com', 'mile'],
            [str_repeat('k', 80) . '@example.com', str_repeat('k', 40)],
        ];
    }

    #[DataProvider('emails')]
    public function testTheUsernamePassesThePanelsRule(string $email, string $expected): void
    {
        $username = app(UsernameGenerator::class)->for($email);
        $this->assertSame($expected, $username);
        $this->assertTrue((new Username())->passes('username', $username), $username);
    }
}
