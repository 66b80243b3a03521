<?php

namespace Tiergate\Tests\Unit\Core;

use Tiergate\Tests\TestCase;
use PHPUnit\Framework\Attributes\DataProvider;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\GameCommandRenderer;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Exceptions\UnsafeGameCommandException;

class GameCommandRendererTest extends TestCase
{
    private const VALUES = ['player' => 'Steve_01', 'uuid' => null, 'tier' => 'subscriber_knight', 'tier_name' => 'Knight', 'server' => 'FrostHub'];

    public function testFillsEveryKnownPlaceholder(): void
    {
        $this->assertSame(
            'lp user Steve_01 parent add subscriber_knight # Knight on FrostHub',
            GameCommandRenderer::render('lp user {player} parent add {tier} # {tier_name} on {server}', self::VALUES),
        );
    }

    public function testAnUnknownValueSkipsTheCommand(): void
    {
        $this->assertNull(GameCommandRenderer::render('lp user {uuid} parent add knight', self::VALUES));
        $this->assertNull(GameCommandRenderer::render('whitelist add {player}', ['player' => null] + self::VALUES));
        $this->assertNull(GameCommandRenderer::render('whitelist add {player}', ['player' => ''] + self::VALUES));
    }

    public function testBracesThatAreNoPlaceholderArePlainText(): void
    {
        $this->assertSame('tellraw Steve_01 {"text":"Welcome"}', GameCommandRenderer::render('tellraw {player} {"text":"Welcome"}', self::VALUES));
    }

    public function testAnUnknownPlaceholderIsRefused(): void
    {
        $this->expectException(UnsafeGameCommandException::class);
        GameCommandRenderer::render('lp user {player} parent add {group}', self::VALUES);
    }

    public static function hostileValues(): array
    {
        return [
            'space' => ['Steve op Steve'], 'newline' => ["Steve\nop Steve"], 'carriage return' => ["Steve\rop Steve"],
            'tab' => ["Steve\top"], 'semicolon' => ['Steve;op'], 'section sign' => ['Steve§kop'], 'double quote' => ['Steve"'],
            'single quote' => ["Steve'"], 'backtick' => ['Steve`'], 'backslash' => ['Steve\\n'], 'brace' => ['{player}'],
            'closing brace' => ['Steve}'], 'NUL' => ["Steve\0"], 'escape' => ["Steve\e[2J"], 'zero-width space' => ["Steve\u{200B}op"],
            'no-break space' => ["Steve\u{00A0}op"], 'line separator' => ["Steve\u{2028}op"], 'invalid UTF-8' => ["Steve\xC3"],
        ];
    }

    #[DataProvider('hostileValues')]
    public function testAHostileValueIsRefusedInEveryPlaceholder(string $hostile): void
    {
        foreach (['player', 'tier', 'tier_name', 'server'] as $name) {
            try {
                $command = GameCommandRenderer::render("say {{$name}}", [$name => $hostile] + self::VALUES);
                $this->fail("{{$name}} = " . json_encode($hostile) . ' was rendered as ' . json_encode($command));
            } catch (UnsafeGameCommandException $e) {
                $this->assertStringContainsString("{{$name}}", $e->getMessage());
            }
        }
    }

    public function testACommandTemplateOfTwoLinesIsRefused(): void
    {
        $this->expectException(UnsafeGameCommandException::class);
        GameCommandRenderer::render("whitelist add {player}\nop {player}", self::VALUES);
    }
}
