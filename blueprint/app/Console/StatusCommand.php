<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Console;

use Carbon\CarbonImmutable;
use Illuminate\Console\Command;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Health\HealthQuery;

/** `tiergate:status`: the admin Overview's figures (the same query), for a shell. */
class StatusCommand
{
    public function __construct(private HealthQuery $health)
    {
    }

    public function handle(Command $command): void
    {
        $h = $this->health->report();
        $states = implode(', ', array_map(fn ($state, $n) => "{$n} {$state}", array_keys($h['subscribers_by_state']), $h['subscribers_by_state']));
        // No header row: the first column names each figure. Symfony's table pads every cell to its column's width.
        $command->table([], [
            ['mode', self::mode($h['mode'])],
            ['webhook URL', $h['webhook_url']],
            ['webhook secret', $h['secret_configured'] ? 'configured' : 'MISSING: run tiergate:secret'],
            ['last event received', self::when($h['last_event_at'])],
            ['last Paymenter ping', self::when($h['last_paymenter_ping_at'])],
            ['last self-test', self::when($h['last_self_test_at'])],
            ['queue worker', $h['worker_alive'] ? 'alive (heartbeat ' . self::when($h['worker_heartbeat_at']) . ')' : 'SILENT since ' . self::when($h['worker_heartbeat_at'])],
            ['events waiting', $h['pending_events']],
            ['retrying', $h['retrying']],
            ['needs attention', $h['needs_attention']],
            ['subscriptions', $states],
            ['unmapped products', implode(', ', $h['unmapped_products']) ?: 'none'],
            ['grace days', $h['grace_days']],
            ['full reconcile', "every {$h['full_reconcile_minutes']} min, last " . self::when($h['last_full_reconcile_at'])],
        ]);
    }

    /** @param array{mode: string, paused: ?array{at: string, by: string, reason: string}} $mode */
    private static function mode(array $mode): string
    {
        $pause = $mode['paused'];
        if ($pause !== null) {
            return 'PAUSED since ' . self::when($pause['at']) . " by {$pause['by']} ({$pause['reason']}): events are stored, nothing is applied; tiergate:unpause";
        }

        return $mode['mode'] === 'live' ? 'live' : 'SHADOW: changes are logged as what Tiergate would do, nothing is applied; tiergate:go-live';
    }

    /** One time format everywhere in the CLI: the panel's timezone, to the second. */
    private static function when(?string $iso): string
    {
        return $iso === null ? 'never' : CarbonImmutable::parse($iso)->setTimezone(config('app.timezone'))->format('Y-m-d H:i:s T');
    }
}
