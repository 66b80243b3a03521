<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Controllers\Admin;

use Illuminate\Http\JsonResponse;
use Pterodactyl\Http\Controllers\Controller;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Health\HealthQuery;

class OverviewController extends Controller
{
    public function __invoke(HealthQuery $health): JsonResponse
    {
        return new JsonResponse($health->report());
    }
}
