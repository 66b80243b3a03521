<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Console;

use Illuminate\Console\Command;
use Illuminate\Support\Facades\DB;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Secrets\WebhookSecretService;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Settings\Settings;

/** `tiergate:status`: health at a glance for a shell. */
class StatusCommand
{
    public function __construct(private Settings $settings, private WebhookSecretService $secrets)
    {
    }

    public function handle(Command $command): void
    {
        $byState = DB::table('tiergate_subscriptions')->select('state', DB::raw('COUNT(*) AS n'))->groupBy('state')->pluck('n', 'state')->all();
        $command->table(['', ''], [
            ['webhook secret', $this->secrets->hasSecret() ? 'configured' : 'MISSING: run tiergate:secret'],
            ['last event received', DB::table('tiergate_events')->max('received_at') ?? 'never'],
            ['last ping', $this->settings->get(Settings::LAST_CONTACT_AT) ?? 'never'],
            ['events waiting', DB::table('tiergate_events')->whereNull('processed_at')->count()],
            ['needs attention', DB::table('tiergate_subscriptions')->where('needs_attention', true)->count()],
            ['subscriptions', $byState === [] ? 'none yet' : implode(', ', array_map(fn ($s, $n) => "{$n} {$s}", array_keys($byState), $byState))],
            ['unmapped products', implode(', ', DB::table('tiergate_subscriptions')->whereNull('template_key')->distinct()->pluck('product_key')->all()) ?: 'none'],
            ['grace days', $this->settings->get(Settings::GRACE_DAYS)],
            ['full reconcile', 'every ' . $this->settings->get(Settings::RECONCILE_INTERVAL_MINUTES) . ' min, last ' . ($this->settings->get(Settings::LAST_FULL_RECONCILE_AT) ?? 'never')],
        ]);
    }
}
