<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Controllers\Admin;

use Illuminate\Http\JsonResponse;
use Pterodactyl\Http\Controllers\Controller;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Queries\RejectionQuery;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Transformers\RejectionTransformer;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Requests\RejectionIndexRequest;

/** Refused deliveries, their own view: filter by status, code, reason and time. */
class RejectionController extends Controller
{
    public function __invoke(RejectionIndexRequest $request, RejectionQuery $rejections, RejectionTransformer $transformer): JsonResponse
    {
        $page = $rejections->page($request->safe()->only(['status', 'code', 'reason', 'since', 'until']), $request);

        return new JsonResponse(['data' => array_map(fn (object $r) => $transformer->transform($r), $page['data']), 'next_cursor' => $page['next_cursor']]);
    }
}
