<?php

namespace Tiergate\Tests\Unit\Core;

use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\Template;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\GameAction;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\GamePlayer;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\GameDesired;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\ServerFacts;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\ServerSelector;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\SubscriptionState;

/** Three servers and two tiers with LuckPerms groups and a whitelist, as the in-game tests use them. */
final class GameWorld
{
    public const HUB = '00000000-0000-4000-8000-000000000001';
    public const SURVIVAL = '00000000-0000-4000-8000-000000000002';
    public const BETA = '00000000-0000-4000-8000-000000000003';

    /** @return ServerFacts[] */
    public static function servers(): array
    {
        $at = new \DateTimeImmutable('2026-01-01T00:00:00Z');

        return [
            new ServerFacts(1, 1, 1, 1, 1, 9, $at, self::HUB, 'FrostHub'),
            new ServerFacts(2, 1, 1, 1, 1, 9, $at, self::SURVIVAL, 'FrostSurvival'),
            new ServerFacts(3, 2, 2, 1, 2, 9, $at, self::BETA, 'BetaLab'),
        ];
    }

    /** @return array<string, Template> product key → template */
    public static function templates(): array
    {
        $at = new \DateTimeImmutable('2026-01-01T00:00:00Z');
        $whitelist = ['label' => 'whitelist', 'grant' => 'whitelist add {player}', 'revoke' => 'whitelist remove {player}', 'servers' => [self::SURVIVAL]];
        $lp = fn (string $g) => ['label' => "LuckPerms {$g}", 'grant' => "lp user {player} parent add {$g}", 'revoke' => "lp user {player} parent remove {$g}", 'servers' => null];
        $knight = new Template(
            'subscriber_knight',
            'Knight',
            ServerSelector::fromArray(['mode' => 'match', 'nodes' => [1]]),
            ['control.console'],
            $at,
            array_map(fn ($a) => GameAction::fromArray($a), [$lp('frost_knight'), $whitelist])
        );
        $master = new Template(
            'subscriber_master',
            'Master',
            ServerSelector::fromArray(['mode' => 'all']),
            ['control.console'],
            $at,
            array_map(fn ($a) => GameAction::fromArray($a), [$lp('frost_master'), $whitelist, ['label' => 'welcome', 'grant' => 'say welcome {player} to {tier_name} on {server}', 'revoke' => null]])
        );

        return ['frost-knight' => $knight, 'frost-master' => $master, 'no-game' => new Template('subscriber_plain', 'Plain', ServerSelector::fromArray(['mode' => 'all']), [], $at)];
    }

    /** @param SubscriptionState[] $states */
    public static function desired(array $states, ?string $override = null, ?string $base = null): array
    {
        $templates = self::templates();
        $player = GamePlayer::effective(GamePlayer::fromPayload($states), $override, $base);

        return GameDesired::for($states, $templates, [], self::servers(), $player);
    }
}
