<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Notifications;

use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Account;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\GamePlayer;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\SubscriptionState;

/** A subscriber's in-game name as notifications report it: the one the in-game commands use (Core\GamePlayer). */
class GameUsernames
{
    /** @param SubscriptionState[] $states */
    public function for(string $customerId, array $states): ?string
    {
        $account = Account::query()->where('customer_id', $customerId)->first(['game_username_override', 'game_username_override_base']);

        return GamePlayer::effective(GamePlayer::fromPayload($states), $account?->game_username_override, $account?->game_username_override_base);
    }
}
