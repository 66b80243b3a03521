<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Controllers\Admin;

use Carbon\CarbonImmutable;
use Illuminate\Http\JsonResponse;
use Illuminate\Support\Facades\DB;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Requests\RejectionIndexRequest;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Support\KeysetPage;
use Pterodactyl\Http\Controllers\Controller;

class RejectionController extends Controller
{
    public function __invoke(RejectionIndexRequest $request): JsonResponse
    {
        return new JsonResponse(KeysetPage::of(DB::table('tiergate_rejections'), $request, fn ($r) => [
            'id' => (int) $r->id,
            'at' => CarbonImmutable::parse($r->created_at)->toIso8601String(),
            'status' => (int) $r->status,
            'code' => $r->code,
            'reason' => $r->reason,
            'source_ip' => $r->source_ip,
            'body_size' => (int) $r->body_size,
            'webhook_id' => $r->webhook_id,
        ]));
    }
}
