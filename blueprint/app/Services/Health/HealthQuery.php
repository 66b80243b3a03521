<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Health;

use Carbon\CarbonImmutable;
use Illuminate\Support\Facades\DB;
use Illuminate\Contracts\Cache\Repository as Cache;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\BillingState;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Settings\Settings;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Jobs\WorkerHeartbeat;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Mode\ApplyMode;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Queries\ProductQuery;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Secrets\WebhookSecretService;

/**
 * Tiergate's health as one read model: the admin Overview and `tiergate:status` both show exactly this, so the
 * page and the shell can never disagree.
 */
class HealthQuery
{
    public const WORKER_SILENT_AFTER_MINUTES = 3;
    public const EVENT_CHART_DAYS = 14;

    public function __construct(
        private Settings $settings,
        private WebhookSecretService $secrets,
        private Cache $cache,
        private ApplyMode $mode,
        private ProductQuery $products,
    ) {
    }

    /** @return array<string, mixed> the Overview's health, as contract/admin.ts types it */
    public function report(): array
    {
        $heartbeat = $this->cache->get(WorkerHeartbeat::CACHE_KEY);
        // Products whose subscribers get nothing and that no admin chose to ignore.
        $unmapped = $this->products->needingAttention();
        sort($unmapped, SORT_STRING);
        $paymenterPing = self::iso($this->settings->get(Settings::LAST_CONTACT_AT));

        return [
            'mode' => $this->mode->describe(),
            'setup' => $this->setup($unmapped),
            'webhook_url' => WebhookUrl::get(),
            'secret_configured' => $this->secrets->hasSecret(),
            'last_event_at' => self::iso(DB::table('tiergate_events')->max('received_at')),
            'last_paymenter_ping_at' => $paymenterPing,
            'last_self_test_at' => self::iso($this->settings->get(Settings::LAST_SELF_TEST_AT)),
            'last_ping_at' => $paymenterPing,
            'worker_alive' => $heartbeat !== null && CarbonImmutable::parse($heartbeat)->gt(CarbonImmutable::now()->subMinutes(self::WORKER_SILENT_AFTER_MINUTES)),
            'worker_heartbeat_at' => self::iso($heartbeat),
            'pending_events' => DB::table('tiergate_events')->whereNull('processed_at')->count(),
            'retrying' => DB::table('tiergate_subscriptions')->whereNotNull('last_error')->where('needs_attention', false)->distinct()->count('customer_id'),
            // Subscribers, not subscription rows: the same number the Subscribers tab's needs-attention filter lists.
            'needs_attention' => DB::table('tiergate_subscriptions')->where('needs_attention', true)->distinct()->count('customer_id'),
            'subscribers_by_state' => $this->byState(),
            'unmapped_products' => $unmapped,
            'events_per_day' => $this->eventsPerDay(),
            'grace_days' => (int) $this->settings->get(Settings::GRACE_DAYS),
            'full_reconcile_minutes' => (int) $this->settings->get(Settings::RECONCILE_INTERVAL_MINUTES),
            'last_full_reconcile_at' => self::iso($this->settings->get(Settings::LAST_FULL_RECONCILE_AT)),
        ];
    }

    /**
     * The go-live checklist of docs/operations.md, each step ticked from the panel's real state.
     *
     * @param string[] $unmapped
     *
     * @return array<int, array{step: string, done: bool}>
     */
    private function setup(array $unmapped): array
    {
        $live = $this->mode->mode() === ApplyMode::LIVE;
        $delivered = $this->settings->get(Settings::LAST_CONTACT_AT) !== null || DB::table('tiergate_events')->exists();
        $steps = [
            'secret' => $this->secrets->hasSecret(),
            'webhook_url_copied' => $this->settings->get(Settings::WEBHOOK_URL_COPIED_AT) !== null || $delivered,
            'first_delivery' => $delivered,
            'products_mapped' => $unmapped === [] && DB::table('tiergate_products')->whereNotNull('template_id')->exists(),
            'shadow_reviewed' => $live || $this->settings->get(Settings::SHADOW_REVIEWED_AT) !== null,
            'live' => $live,
        ];

        return array_map(fn (string $step, bool $done) => ['step' => $step, 'done' => $done], array_keys($steps), $steps);
    }

    /** @return array<string, int> every state, zero where there is none */
    private function byState(): array
    {
        $counts = DB::table('tiergate_subscriptions')->select('state', DB::raw('COUNT(*) AS n'))->groupBy('state')->pluck('n', 'state');
        $out = [];
        foreach (BillingState::cases() as $state) {
            $out[$state->value] = (int) ($counts[$state->value] ?? 0);
        }

        return $out;
    }

    /** @return array<int, array{day: string, count: int}> */
    private function eventsPerDay(): array
    {
        $since = CarbonImmutable::now()->startOfDay()->subDays(self::EVENT_CHART_DAYS - 1);
        $perDay = DB::table('tiergate_events')->where('received_at', '>=', $since)
            ->select(DB::raw('DATE(received_at) AS day'), DB::raw('COUNT(*) AS n'))->groupBy('day')->pluck('n', 'day');

        return array_map(
            fn (int $i) => ['day' => $day = $since->addDays($i)->toDateString(), 'count' => (int) ($perDay[$day] ?? 0)],
            range(0, self::EVENT_CHART_DAYS - 1),
        );
    }

    private static function iso(mixed $value): ?string
    {
        return $value === null || $value === '' ? null : CarbonImmutable::parse($value)->toIso8601String();
    }
}
