<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Controllers\Admin;

use Carbon\CarbonImmutable;
use Illuminate\Http\JsonResponse;
use Illuminate\Support\Facades\DB;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Requests\LogIndexRequest;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Support\KeysetPage;
use Pterodactyl\Http\Controllers\Controller;

/** The provisioning log: filter by subscriber, server, action, outcome and time; newest first. */
class LogController extends Controller
{
    public function __invoke(LogIndexRequest $request): JsonResponse
    {
        $query = DB::table('tiergate_log');
        foreach (['customer' => 'customer_id', 'server' => 'server_id', 'action' => 'action', 'outcome' => 'outcome'] as $param => $column) {
            if (($value = $request->query($param)) !== null && $value !== '') {
                $query->where($column, $value);
            }
        }
        if ($since = $request->query('since')) {
            $query->where('created_at', '>=', CarbonImmutable::parse($since));
        }
        if ($until = $request->query('until')) {
            $query->where('created_at', '<=', CarbonImmutable::parse($until));
        }
        $page = KeysetPage::of($query, $request, fn ($row) => (array) $row);
        $names = DB::table('servers')->whereIn('id', array_filter(array_column($page['data'], 'server_id')))->pluck('name', 'id');
        $page['data'] = array_map(fn (array $r) => [
            'id' => (int) $r['id'],
            'at' => CarbonImmutable::parse($r['created_at'])->toIso8601String(),
            'trigger' => $r['trigger'],
            'trigger_ref' => $r['trigger_ref'],
            'customer_id' => $r['customer_id'],
            'user_id' => $r['user_id'] === null ? null : (int) $r['user_id'],
            'server_id' => $r['server_id'] === null ? null : (int) $r['server_id'],
            'server_name' => $r['server_id'] === null ? null : ($names[$r['server_id']] ?? null),
            'action' => $r['action'],
            'permissions_before' => json_decode((string) $r['permissions_before'], true),
            'permissions_after' => json_decode((string) $r['permissions_after'], true),
            'outcome' => $r['outcome'],
            'error' => $r['error'],
            'duration_ms' => (int) $r['duration_ms'],
        ], $page['data']);

        return new JsonResponse($page);
    }
}
