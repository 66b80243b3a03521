<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Controllers\Admin;

use Illuminate\Http\JsonResponse;
use Pterodactyl\Facades\Activity;
use Pterodactyl\Http\Controllers\Controller;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Account;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Subscription;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Support\AdminError;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\GameCommandQuery;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Transformers\SubscriberGameTransformer;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Exceptions\InvalidGameUsernameException;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Requests\SubscriberGameNameRequest;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\GameNameOverrideService;

/** A subscriber's in-game side on the admin page: the name (from billing, the admin's correction) and the commands per server. */
class SubscriberGameController extends Controller
{
    public function __construct(private GameCommandQuery $query, private SubscriberGameTransformer $transformer)
    {
    }

    public function show(string $customerId): JsonResponse
    {
        self::mustExist($customerId);

        return new JsonResponse($this->transformer->transform($this->query->player($customerId), $this->query->forSubscriber($customerId)));
    }

    public function setName(SubscriberGameNameRequest $request, string $customerId, GameNameOverrideService $names): JsonResponse
    {
        self::mustExist($customerId);
        try {
            $names->set($customerId, $request->name(), 'user:' . $request->user()->id);
        } catch (InvalidGameUsernameException|\InvalidArgumentException $e) {
            throw AdminError::invalid('name', $e->getMessage());
        }
        Activity::event('tiergate:subscriber.game_name')->property(['customer' => $customerId, 'name' => $request->name()])->log();

        return $this->show($customerId);
    }

    private static function mustExist(string $customerId): void
    {
        if (!Account::query()->where('customer_id', $customerId)->exists() && !Subscription::query()->where('customer_id', $customerId)->exists()) {
            abort(404, "No subscriber {$customerId}.");
        }
    }
}
