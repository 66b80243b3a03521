<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Core;

/**
 * The subscriber's in-game name. One person has one game account across all their subscriptions, so the newest
 * name any of their events carried is the payload's; an admin's correction wins while the payload still says
 * what it said when the admin set it, and a name the payload changes afterwards wins over the correction.
 */
final class GamePlayer
{
    /** @param SubscriptionState[] $states */
    public static function fromPayload(array $states): ?string
    {
        $latest = null;
        foreach ($states as $state) {
            // Newest by the events' own time; a tie goes by subscription id, so arrival order never decides.
            if ($state->gameUsername !== null && ($latest === null
                || [$state->gameUsernameAt, $state->subscriptionId] > [$latest->gameUsernameAt, $latest->subscriptionId])) {
                $latest = $state;
            }
        }

        return $latest?->gameUsername;
    }

    public static function effective(?string $payload, ?string $override, ?string $overrideBase): ?string
    {
        return $override !== null && $payload === $overrideBase ? $override : $payload;
    }
}
