<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Controllers\Admin;

use Illuminate\Http\JsonResponse;
use Pterodactyl\Facades\Activity;
use Pterodactyl\Http\Controllers\Controller;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\Trigger;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Mode\ApplyMode;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Mode\PauseService;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Mode\GoLiveService;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Requests\ChangeModeRequest;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\ReconcileRunStarter;

/**
 * The switches of docs/operations.md. Going live and unpausing start a full reconcile (its progress is polled at
 * `GET /reconcile/{run}`), which applies every subscriber's pending plan in their own events' order.
 */
class ModeController extends Controller
{
    public function __invoke(ChangeModeRequest $request, ApplyMode $mode, PauseService $pauses, GoLiveService $goLive, ReconcileRunStarter $runs): JsonResponse
    {
        $action = $request->validated('action');
        $trigger = Trigger::admin($request->user()->id);
        $applyAll = false;
        switch ($action) {
            case 'pause':
                $pauses->pause($request->user()->username, (string) $request->validated('reason'));
                break;
            case 'unpause':
                $applyAll = $pauses->unpause();
                break;
            case 'go_live':
                $applyAll = !$mode->applies();
                $goLive->handle();
                break;
            case 'shadow':
                $goLive->backToShadow();
                break;
        }
        // Settings are read once per instance: the switch above wrote through another one, so read the mode afresh.
        $mode = app(ApplyMode::class);
        $run = $applyAll && $mode->applies() ? $runs->start($trigger) : null;
        Activity::event("tiergate:mode.{$action}")->property(['reason' => $request->validated('reason')])->log();

        return new JsonResponse(['mode' => $mode->describe(), 'run' => $run]);
    }
}
