<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Controllers\Admin;

use Illuminate\Http\Request;
use Illuminate\Http\JsonResponse;
use Pterodactyl\Facades\Activity;
use Pterodactyl\Http\Controllers\Controller;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\Trigger;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\ReconcileRuns;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\ReconcileRunStarter;

class ReconcileRunController extends Controller
{
    public function store(Request $request, ReconcileRunStarter $runs): JsonResponse
    {
        $run = $runs->start(Trigger::admin($request->user()->id));
        Activity::event('tiergate:reconcile.start')->property('run', $run['run_id'])->log();

        return new JsonResponse($run, 202);
    }

    public function show(string $runId, ReconcileRuns $runs): JsonResponse
    {
        return new JsonResponse($runs->progress($runId) ?? abort(404, 'No such reconcile run (runs are kept for a day).'));
    }
}
