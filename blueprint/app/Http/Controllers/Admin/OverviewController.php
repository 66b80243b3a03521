<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Controllers\Admin;

use Carbon\CarbonImmutable;
use Illuminate\Contracts\Cache\Repository as Cache;
use Illuminate\Http\JsonResponse;
use Illuminate\Support\Facades\DB;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Jobs\WorkerHeartbeat;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Secrets\WebhookSecretService;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Settings\Settings;
use Pterodactyl\Http\Controllers\Controller;

class OverviewController extends Controller
{
    public function __invoke(Settings $settings, WebhookSecretService $secrets, Cache $cache): JsonResponse
    {
        $heartbeat = $cache->get(WorkerHeartbeat::CACHE_KEY);
        $states = DB::table('tiergate_subscriptions')->select('state', DB::raw('COUNT(*) AS n'))->groupBy('state')->pluck('n', 'state');
        $since = CarbonImmutable::now()->startOfDay()->subDays(13);
        $perDay = DB::table('tiergate_events')->where('received_at', '>=', $since)
            ->select(DB::raw('DATE(received_at) AS day'), DB::raw('COUNT(*) AS n'))->groupBy('day')->pluck('n', 'day');

        return new JsonResponse([
            'webhook_url' => rtrim(config('app.url'), '/') . '/extensions/tiergate/webhook',
            'secret_configured' => $secrets->hasSecret(),
            'last_event_at' => self::iso(DB::table('tiergate_events')->max('received_at')),
            'last_ping_at' => $settings->get(Settings::LAST_CONTACT_AT),
            'worker_alive' => $heartbeat !== null && CarbonImmutable::parse($heartbeat)->gt(CarbonImmutable::now()->subMinutes(3)),
            'worker_heartbeat_at' => $heartbeat,
            'pending_events' => DB::table('tiergate_events')->whereNull('processed_at')->count(),
            'retrying' => DB::table('tiergate_subscriptions')->whereNotNull('last_error')->where('needs_attention', false)->count(),
            'needs_attention' => DB::table('tiergate_subscriptions')->where('needs_attention', true)->count(),
            'subscribers_by_state' => ['pending' => 0, 'active' => 0, 'grace' => 0, 'suspended' => 0, 'ended' => 0] + $states->map(fn ($n) => (int) $n)->all(),
            'unmapped_products' => DB::table('tiergate_subscriptions')->whereNull('template_key')->whereNotNull('product_key')->distinct()->orderBy('product_key')->pluck('product_key')->all(),
            'events_per_day' => collect(range(0, 13))->map(fn ($i) => ['day' => $d = $since->addDays($i)->toDateString(), 'count' => (int) ($perDay[$d] ?? 0)])->all(),
        ]);
    }

    private static function iso(?string $value): ?string
    {
        return $value === null ? null : CarbonImmutable::parse($value)->toIso8601String();
    }
}
