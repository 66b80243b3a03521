<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Core;

/**
 * diff(desired, applied) for in-game effects. Per server, what goes away is revoked before what comes is granted,
 * so a tier change sends the old tier's revoke and then the new tier's grant. An effect in both is left alone:
 * a duplicate or reordered event can never send a command twice for the same applied state.
 */
final class GamePlanner
{
    /**
     * @param array<string, GameEffect> $desired by slot
     * @param array<string, GameEffect> $applied by slot, in the order they were applied
     *
     * @return GameStep[] grouped by server (by uuid), revokes first
     */
    public static function plan(array $desired, array $applied): array
    {
        $byServer = [];
        foreach ($applied as $slot => $effect) {
            if (!isset($desired[$slot])) {
                $byServer[$effect->serverUuid][0][] = new GameStep(GameStep::REVOKE, $effect);
            }
        }
        foreach ($desired as $slot => $effect) {
            if (!isset($applied[$slot])) {
                $byServer[$effect->serverUuid][1][] = new GameStep(GameStep::GRANT, $effect);
            }
        }
        ksort($byServer, SORT_STRING);

        $steps = [];
        foreach ($byServer as $server) {
            array_push($steps, ...($server[0] ?? []), ...($server[1] ?? []));
        }

        return $steps;
    }
}
