<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Controllers\Webhook;

use Illuminate\Http\Request;
use Illuminate\Http\JsonResponse;
use Pterodactyl\Http\Controllers\Controller;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Settings\SettingsScope;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Webhooks\WebhookProcessor;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Database\EmulatedPrepares;

class WebhookController extends Controller
{
    public function receive(Request $request): JsonResponse
    {
        SettingsScope::share(app()); // one read of the settings for the delivery and its after-response reconcile

        return EmulatedPrepares::during(app('db')->connection(), fn () => app(WebhookProcessor::class)->process($request));
    }

    /** Every other method gets JSON too (the panel's own answer would be an HTML page); OPTIONS says what is allowed. */
    public function otherMethod(Request $request): JsonResponse
    {
        if ($request->isMethod('OPTIONS')) {
            return new JsonResponse(['allow' => ['POST']], 200, ['Allow' => 'POST']);
        }

        return new JsonResponse([
            'status' => 'rejected',
            'code' => 'method_not_allowed',
            'reason' => 'The Tiergate webhook takes POST only (Standard Webhooks v1).',
        ], 405, ['Allow' => 'POST']);
    }
}
