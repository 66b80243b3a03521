<?php

namespace Tiergate\Tests\Unit\Templates;

use Tiergate\Tests\TestCase;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\GameAction;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\ServerFacts;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Templates\GameCommandPreview;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Templates\GameActionNormalizer;

/** Saving a template's in-game actions: what is kept, and what is refused before any subscriber could trigger it. */
class GameActionNormalizerTest extends TestCase
{
    private static function server(string $uuid, string $name): ServerFacts
    {
        return new ServerFacts(1, 1, 1, 1, 1, 1, new \DateTimeImmutable('2026-01-01'), $uuid, $name);
    }

    private static function servers(): array
    {
        return [self::server('u-hub', 'frost-hub'), self::server('u-survival', 'frost-survival')];
    }

    private const LP = ['label' => 'LuckPerms frost_knight', 'grant' => 'lp user {player} parent add frost_knight', 'revoke' => 'lp user {player} parent remove frost_knight', 'servers' => null];

    public function testValidActionsAreKeptTrimmed(): void
    {
        [$actions, $errors] = GameActionNormalizer::normalize([self::LP, ['label' => ' Whitelist ', 'grant' => ' whitelist add {player} ', 'revoke' => null, 'servers' => ['u-survival']]], 'subscriber_knight', 'Knight', self::servers());
        $this->assertSame([], $errors);
        $this->assertSame([self::LP, ['label' => 'Whitelist', 'grant' => 'whitelist add {player}', 'revoke' => null, 'servers' => ['u-survival']]], $actions);
    }

    public static function refused(): array
    {
        return [
            'not a list' => [['a' => self::LP], 'game_actions'],
            'unknown placeholder' => [[['label' => 'x', 'grant' => 'op {playr}']], 'game_actions.0.commands'],
            'line break' => [[['label' => 'x', 'grant' => "say hi\nop {player}"]], 'game_actions.0.commands'],
            'control character' => [[['label' => 'x', 'grant' => "say \x1b[2J {player}"]], 'game_actions.0.commands'],
            'no command' => [[['label' => 'x', 'grant' => null, 'revoke' => '  ']], 'game_actions.0'],
            'no label' => [[['label' => '', 'grant' => 'whitelist add {player}']], 'game_actions.0.label'],
            'duplicate label' => [[self::LP, self::LP], 'game_actions.1.label'],
            'foreign server' => [[['label' => 'x', 'grant' => 'whitelist add {player}', 'servers' => ['u-beta']]], 'game_actions.0.servers'],
            'servers not a list of uuids' => [[['label' => 'x', 'grant' => 'whitelist add {player}', 'servers' => [7]]], 'game_actions.0'],
            'tier_name with a space' => [[['label' => 'x', 'grant' => 'lp user {player} parent add {tier_name}']], 'game_actions.0.commands'],
            'too many' => [array_map(fn ($i) => ['label' => "a{$i}", 'grant' => 'say {player}'], range(1, 21)), 'game_actions'],
        ];
    }

    #[\PHPUnit\Framework\Attributes\DataProvider('refused')]
    public function testActionsThatCouldNeverBeSentAreRefused(array $raw, string $field): void
    {
        [, $errors] = GameActionNormalizer::normalize($raw, 'subscriber_knight', 'Frost Knight', self::servers());
        $this->assertArrayHasKey($field, $errors, json_encode($errors));
    }

    public function testAServerNameThatIsNoSafeValueIsRefusedOnlyWhereTheCommandUsesIt(): void
    {
        $servers = [self::server('u-hub', 'Frost Hub')];
        [, $errors] = GameActionNormalizer::normalize([['label' => 'x', 'grant' => 'say {server} {player}']], 'k', 'K', $servers);
        $this->assertStringContainsString('On Frost Hub:', $errors['game_actions.0.commands']);
        [, $errors] = GameActionNormalizer::normalize([self::LP], 'k', 'K', $servers);
        $this->assertSame([], $errors);
    }

    public function testATemplateWithNoServerYetStillHasItsCommandsChecked(): void
    {
        [, $errors] = GameActionNormalizer::normalize([['label' => 'x', 'grant' => 'op {playr}']], 'k', 'K', []);
        $this->assertArrayHasKey('game_actions.0.commands', $errors);
    }

    public function testThePreviewRendersEachActionOnEachOfItsServersAndExplainsARefusal(): void
    {
        $actions = [GameAction::fromArray(self::LP), GameAction::fromArray(['label' => 'Whitelist', 'grant' => 'whitelist add {player}', 'revoke' => 'whitelist remove {player}', 'servers' => ['u-survival']])];
        $rows = GameCommandPreview::rows('subscriber_knight', 'Knight', $actions, self::servers(), 'Notch');
        $this->assertSame([
            ['frost-hub', 'lp user Notch parent add frost_knight', 'lp user Notch parent remove frost_knight'],
            ['frost-survival', 'lp user Notch parent add frost_knight', 'lp user Notch parent remove frost_knight'],
            ['frost-survival', 'whitelist add Notch', 'whitelist remove Notch'],
        ], array_map(fn ($r) => [$r['server_name'], $r['grant'], $r['revoke']], $rows));

        foreach (GameCommandPreview::rows('subscriber_knight', 'Knight', $actions, self::servers(), "Notch\nop Notch") as $row) {
            $this->assertNull($row['grant']);
            $this->assertNull($row['revoke']);
            $this->assertStringContainsString('not allowed in a console command', $row['error']);
        }
    }
}
