<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Controllers\Admin;

use Carbon\CarbonImmutable;
use Illuminate\Http\JsonResponse;
use Pterodactyl\Facades\Activity;
use Pterodactyl\Http\Controllers\Controller;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Settings\Settings;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Support\AdminError;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Health\SelfTestService;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Transformers\SettingsTransformer;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Exceptions\SelfTestFailedException;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Requests\SettingsUpdateRequest;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Secrets\WebhookSecretService;

class SettingsController extends Controller
{
    public function __construct(private Settings $settings, private WebhookSecretService $secrets, private SettingsTransformer $transformer)
    {
    }

    public function show(): JsonResponse
    {
        return new JsonResponse($this->transformer->transform($this->settings));
    }

    public function update(SettingsUpdateRequest $request): JsonResponse
    {
        $data = $request->validated();
        foreach ($data as $key => $value) {
            $this->settings->set($key, $value);
        }
        Activity::event('tiergate:settings.update')->property('changed', array_keys($data))->log();

        return $this->show();
    }

    /** The new secret is in this answer only. */
    public function rotateSecret(): JsonResponse
    {
        $secret = $this->secrets->rotate(CarbonImmutable::now());
        Activity::event('tiergate:secret.rotate')->log();
        $until = $this->settings->get(Settings::WEBHOOK_PREVIOUS_SECRET_UNTIL);

        return new JsonResponse(['secret' => $secret, 'previous_secret_until' => count($this->secrets->accepted(CarbonImmutable::now())) > 1 ? $until : null]);
    }

    /** A signed ping to the panel's own webhook URL; recorded as the last self-test, not as contact from Paymenter. */
    public function testEvent(SelfTestService $selfTest): JsonResponse
    {
        try {
            return new JsonResponse($selfTest->handle());
        } catch (SelfTestFailedException $e) {
            throw AdminError::invalid($e->field, $e->getMessage());
        }
    }
}
