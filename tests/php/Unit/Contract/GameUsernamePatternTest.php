<?php

namespace Tiergate\Tests\Unit\Contract;

use Tiergate\Tests\TestCase;
use PHPUnit\Framework\Attributes\DataProvider;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\Event;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Contract\EventDecoder;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Contract\GameUsernamePattern;

/** The names the webhook edge takes before anything can reach a console command. */
class GameUsernamePatternTest extends TestCase
{
    /** Every one of these would change what a console command does if it were put into one. */
    public static function hostileNames(): array
    {
        return [
            'space' => ['Steve op'],
            'newline' => ["Steve\nop Steve"],
            'trailing newline ($ must not accept it)' => ["Steve\n"],
            'carriage return' => ["Steve\rop"],
            'tab' => ["Steve\top"],
            'semicolon' => ['Steve;op'],
            'section sign' => ['Steve§4'],
            'double quote' => ['Steve"'],
            'single quote' => ["Steve'"],
            'backtick' => ['Steve`'],
            'backslash' => ['Steve\\n'],
            'NUL' => ["Steve\0"],
            'escape' => ["Steve\x1b[2J"],
            'DEL' => ["Steve\x7f"],
            'zero-width space' => ["Ste\u{200B}ve"],
            'line separator' => ["Steve\u{2028}op"],
            'placeholder' => ['{player}'],
            'braces' => ['Ste{ve}'],
            'not UTF-8' => ["Steve\xC3"],
            'empty' => [''],
        ];
    }

    #[DataProvider('hostileNames')]
    public function testTheDefaultPatternRefusesHostileNames(string $name): void
    {
        $this->assertNotNull(GameUsernamePattern::of(null)->refusal($name));
    }

    #[DataProvider('hostileNames')]
    public function testEvenAPatternThatAllowsAnythingRefusesThem(string $name): void
    {
        $this->assertNotNull(GameUsernamePattern::of('^.*$')->refusal($name));
    }

    public function testJavaEditionNamesAreTakenByDefault(): void
    {
        $pattern = GameUsernamePattern::of(null);
        foreach (['Notch', 'jeb_', 'abc', 'A_very_long_name', 'x_1'] as $name) {
            $this->assertNull($pattern->refusal($name), $name);
        }
        foreach (['ab', 'Seventeen_chars_x', '.BedrockName', 'Stéve'] as $name) {
            $this->assertNotNull($pattern->refusal($name), $name);
        }
    }

    public function testABedrockPrefixCanBeAllowedExplicitly(): void
    {
        $pattern = GameUsernamePattern::of('^\.?[A-Za-z0-9_]{3,16}$');
        $this->assertTrue($pattern->accepts('.BedrockName'));
        $this->assertFalse($pattern->accepts('..Bedrock'));
    }

    public function testAPatternThatDoesNotCompileFallsBackToTheDefault(): void
    {
        $this->assertFalse(GameUsernamePattern::compiles('^[A-Z'));
        $this->assertFalse(GameUsernamePattern::compiles("^a\x01$"));
        $this->assertTrue(GameUsernamePattern::compiles('^a/b~c#$'));
        $this->assertSame(GameUsernamePattern::DEFAULT, GameUsernamePattern::of('^[A-Z')->pattern);
        $this->assertSame(GameUsernamePattern::DEFAULT, GameUsernamePattern::of('')->pattern);
    }

    public function testTheReasonNeverCarriesTheRawBytes(): void
    {
        $reason = GameUsernamePattern::of(null)->refusal("Steve\nop §4\0");
        $this->assertDoesNotMatchRegularExpression('/[\x00-\x1F\x7F]/', $reason);
        $this->assertStringContainsString('"Steve\nop \u00a74\u0000"', $reason);
    }

    public function testTheNameTravelsFromTheCanonicalFormToTheCore(): void
    {
        $body = '{"type":"subscription.created","timestamp":"2026-11-24T06:00:00Z","data":{"subscription":{"id":1,"status":"active",'
            . '"product":{"id":7}},"customer":{"id":5,"email":"a@b.co","game_username":"Notch"}}}';
        $event = (new EventDecoder())->decode($body, time());
        $this->assertSame('Notch', $event->gameUsername());
        $this->assertSame('Notch', Event::fromCanonical('e1', $event->canonical)->gameUsername);
    }

    public function testTheFlatFormCarriesItIntoTheCanonicalCustomer(): void
    {
        $body = '{"event":"subscription.created","subscription_id":"s1","customer_email":"A@B.co","product_id":7,"status":"active","game_username":"jeb_"}';
        $event = (new EventDecoder())->decode($body, 1_700_000_000);
        $this->assertSame('jeb_', $event->canonical['data']['customer']['game_username']);
        $this->assertSame('jeb_', Event::fromCanonical('e1', $event->canonical)->gameUsername);
    }

    public function testAnEventWithoutANameHasNone(): void
    {
        $body = '{"event":"subscription.created","subscription_id":"s1","customer_email":"a@b.co","product_id":7,"status":"active"}';
        $event = (new EventDecoder())->decode($body, 1_700_000_000);
        $this->assertNull($event->gameUsername());
        $this->assertArrayNotHasKey('game_username', $event->canonical['data']['customer']);
        $this->assertNull(Event::fromCanonical('e1', $event->canonical)->gameUsername);
    }
}
