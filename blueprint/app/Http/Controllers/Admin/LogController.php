<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Controllers\Admin;

use Illuminate\Http\JsonResponse;
use Pterodactyl\Http\Controllers\Controller;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Queries\LogQuery;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Requests\LogIndexRequest;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Transformers\LogEntryTransformer;

/** The provisioning log: filter by subscriber, server, action, outcome and time; newest first. */
class LogController extends Controller
{
    public function __invoke(LogIndexRequest $request, LogQuery $log, LogEntryTransformer $transformer): JsonResponse
    {
        $page = $log->page($request->safe()->only(['customer', 'server', 'action', 'outcome', 'since', 'until']), $request);

        return new JsonResponse(['data' => array_map(fn (array $e) => $transformer->transform($e), $page['data']), 'next_cursor' => $page['next_cursor']]);
    }
}
