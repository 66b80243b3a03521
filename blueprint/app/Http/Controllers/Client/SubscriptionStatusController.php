<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Controllers\Client;

use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Pterodactyl\Http\Controllers\Controller;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Subscription;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Transformers\SubscriptionStatusTransformer;

/** What the signed-in subscriber sees on their dashboard: their tiers and any grace deadline. */
class SubscriptionStatusController extends Controller
{
    public function show(Request $request, SubscriptionStatusTransformer $transformer): JsonResponse
    {
        $subscriptions = Subscription::query()
            ->where('user_id', $request->user()->id)
            ->orderBy('id')
            ->get();

        return new JsonResponse(['data' => $subscriptions->map(fn (Subscription $s) => $transformer->transform($s))->all()]);
    }
}
