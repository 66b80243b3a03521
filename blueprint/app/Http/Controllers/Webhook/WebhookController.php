<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Controllers\Webhook;

use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Pterodactyl\Http\Controllers\Controller;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Webhooks\WebhookProcessor;

class WebhookController extends Controller
{
    public function receive(Request $request, WebhookProcessor $processor): JsonResponse
    {
        return $processor->process($request);
    }
}
