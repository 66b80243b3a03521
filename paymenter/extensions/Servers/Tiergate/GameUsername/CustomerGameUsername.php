<?php

namespace Paymenter\Extensions\Servers\Tiergate\GameUsername;

use App\Models\Service;
use App\Models\Property;
use Illuminate\Support\Facades\Log;

/**
 * The customer's in-game name for an event: the most recently written non-empty `game_username` checkout value
 * across all of the customer's services (one person has one Minecraft account; a renewal of an older service must
 * not bring back an older name). A value the panel would refuse is left out and logged: the checkout field
 * already refuses such names, so only a hand-edited property can hold one, and it must not block the lifecycle.
 */
final class CustomerGameUsername
{
    public const KEY = 'game_username';

    public static function of(Service $service, GameUsernamePattern $pattern): ?string
    {
        $name = Property::query()
            ->where('key', self::KEY)
            ->where('model_type', $service->getMorphClass())
            ->whereIn('model_id', Service::query()->where('user_id', $service->user_id)->select('id'))
            ->where('value', '!=', '')
            ->orderByDesc('updated_at')->orderByDesc('id')
            ->value('value');
        if ($name === null) {
            return null;
        }
        if (!$pattern->accepts($name)) {
            Log::warning('Tiergate: the game_username of customer ' . $service->user_id . ' is not a name the panel accepts; the event is sent without it.', ['name' => json_encode($name)]);

            return null;
        }

        return $name;
    }
}
