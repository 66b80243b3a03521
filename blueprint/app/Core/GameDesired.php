<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Core;

use Pterodactyl\BlueprintFramework\Extensions\tiergate\Exceptions\UnsafeGameCommandException;

/**
 * The in-game side of desired access: for every subscription that gives access, its template's actions rendered
 * for this player on each of the template's servers the action runs on. An action whose placeholder has no value
 * (no in-game name yet, an unknown {uuid}) is wanted nowhere; one whose value is unsafe is refused, never rendered.
 */
final class GameDesired
{
    /**
     * @param SubscriptionState[] $states
     * @param array<string, Template> $templatesByProduct
     * @param array<string, Template> $templatesByKey
     * @param ServerFacts[] $servers
     *
     * @return array{effects: array<string, GameEffect>, refused: GameRefusal[]} effects by slot, in template order
     */
    public static function for(array $states, array $templatesByProduct, array $templatesByKey, array $servers, ?string $player): array
    {
        $effects = [];
        $refused = [];
        foreach ($states as $state) {
            $template = DesiredAccess::templateFor($state, $templatesByProduct, $templatesByKey);
            if ($template === null || $template->gameActions === [] || !$state->hasAccess()) {
                continue;
            }
            foreach ($servers as $server) {
                if (!$template->selector->matches($server, $template->savedAt)) {
                    continue;
                }
                foreach ($template->gameActions as $action) {
                    if (!$action->runsOn($server->uuid)) {
                        continue;
                    }
                    try {
                        $effect = self::render($action, $template, $server, $player);
                    } catch (UnsafeGameCommandException $e) {
                        $refused[] = new GameRefusal($server->uuid, $server->name, $template->key, $action->label, $e->getMessage());
                        continue;
                    }
                    if ($effect !== null) {
                        $effects[$effect->slot()] ??= $effect;
                    }
                }
            }
        }

        return ['effects' => $effects, 'refused' => $refused];
    }

    /** @throws UnsafeGameCommandException */
    public static function render(GameAction $action, Template $template, ServerFacts $server, ?string $player): ?GameEffect
    {
        // Tiergate learns no game account uuid from billing yet: a command that needs one waits until it does.
        $values = ['player' => $player, 'uuid' => null, 'tier' => $template->key, 'tier_name' => $template->name, 'server' => $server->name];
        $grant = $action->grant === null ? null : GameCommandRenderer::render($action->grant, $values);
        $revoke = $action->revoke === null ? null : GameCommandRenderer::render($action->revoke, $values);
        if (($action->grant !== null && $grant === null) || ($action->revoke !== null && $revoke === null)) {
            return null;
        }
        $usesPlayer = in_array('player', [...GameCommandRenderer::placeholders($action->grant ?? ''), ...GameCommandRenderer::placeholders($action->revoke ?? '')], true);

        return new GameEffect($server->uuid, $server->name, $grant, $revoke, $usesPlayer ? $player : null, $action->label, $template->key);
    }
}
