<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Controllers\Admin;

use Carbon\CarbonImmutable;
use Illuminate\Http\Request;
use Illuminate\Http\JsonResponse;
use Pterodactyl\Facades\Activity;
use Pterodactyl\Http\Controllers\Controller;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Support\AdminError;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Requests\NotificationUrlsRequest;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Notifications\NotificationStatusQuery;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Notifications\NotificationTestService;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Notifications\NotificationRetryService;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Notifications\NotificationSecretService;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Notifications\NotificationUrlsUpdateService;

/** Outbound notifications (docs/notifications.md): receivers, the signing secret, a test, retrying dead messages. */
class NotificationController extends Controller
{
    public function __construct(private NotificationStatusQuery $status)
    {
    }

    public function show(): JsonResponse
    {
        return new JsonResponse($this->status->get());
    }

    /** A secret created because this is the first URL is in this answer only, as after a rotation. */
    public function update(NotificationUrlsRequest $request, NotificationUrlsUpdateService $service): JsonResponse
    {
        $secret = $service->handle($request->validated()['urls']);
        Activity::event('tiergate:notifications.update')->log();

        return new JsonResponse($this->status->get() + ['secret' => $secret]);
    }

    public function rotateSecret(NotificationSecretService $secrets): JsonResponse
    {
        $secret = $secrets->rotate(CarbonImmutable::now());
        Activity::event('tiergate:notifications.secret.rotate')->log();

        return new JsonResponse(['secret' => $secret, 'previous_secret_until' => $secrets->previousUntil(CarbonImmutable::now())]);
    }

    public function test(Request $request, NotificationTestService $service, NotificationSecretService $secrets): JsonResponse
    {
        if (!$secrets->hasSecret()) {
            throw AdminError::invalid('urls', 'Add a notification URL first (that also creates the signing secret).');
        }
        $results = $service->handle((string) ($request->user()->username ?? $request->user()->id));
        if ($results === []) {
            throw AdminError::invalid('urls', 'Add a notification URL first.');
        }

        return new JsonResponse(['results' => $results]);
    }

    public function retry(NotificationRetryService $service): JsonResponse
    {
        $count = $service->handle();
        Activity::event('tiergate:notifications.retry')->property('count', $count)->log();

        return new JsonResponse(['retried' => $count]);
    }
}
