<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Controllers\Client;

use Illuminate\Http\Request;
use Illuminate\Http\JsonResponse;
use Pterodactyl\Http\Controllers\Controller;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Settings\Settings;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Subscription;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Transformers\SubscriptionStatusTransformer;

/** What the signed-in subscriber sees on their dashboard: their tiers, any grace deadline, and where to pay. */
class SubscriptionStatusController extends Controller
{
    public function show(Request $request, SubscriptionStatusTransformer $transformer, Settings $settings): JsonResponse
    {
        $subscriptions = Subscription::query()
            ->where('user_id', $request->user()->id)
            ->orderBy('id')
            ->get();

        return new JsonResponse($transformer->response($subscriptions, $settings->get(Settings::BILLING_URL)));
    }
}
