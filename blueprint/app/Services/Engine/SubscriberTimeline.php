<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine;

use Carbon\CarbonImmutable;
use Illuminate\Support\Facades\DB;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\InboxEvent;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\LogEntry;

/** A customer's events and Tiergate's actions on one time line, newest first. */
class SubscriberTimeline
{
    private const LIMIT = 200;

    public function for(string $customerId): array
    {
        $events = InboxEvent::query()->where('customer_id', $customerId)->orderByDesc('id')->limit(self::LIMIT)->get()
            ->map(fn (InboxEvent $e) => [
                'at' => $e->received_at->toIso8601String(),
                'kind' => 'event',
                'title' => $e->type,
                'detail' => sprintf('subscription %s, happened %s%s', $e->subscription_id, $e->occurred_at->toIso8601String(), $e->sequence !== null ? ", sequence {$e->sequence}" : ''),
                'outcome' => $e->processed_at ? 'processed' : 'waiting',
            ]);
        $log = LogEntry::query()->where('customer_id', $customerId)->orderByDesc('id')->limit(self::LIMIT)->get();
        $names = DB::table('servers')->whereIn('id', $log->pluck('server_id')->filter()->unique())->pluck('name', 'id');
        $actions = $log
            ->map(fn (LogEntry $l) => [
                'at' => $l->created_at->toIso8601String(),
                'kind' => 'action',
                'title' => $l->action . ($l->server_id ? ' on ' . ($names[$l->server_id] ?? "server {$l->server_id}") : ''),
                'detail' => $l->error ?? sprintf('[%s] → [%s]', implode(', ', (array) $l->permissions_before), implode(', ', (array) $l->permissions_after)),
                'outcome' => $l->outcome,
            ]);

        return $events->concat($actions)->sortByDesc(fn (array $entry) => CarbonImmutable::parse($entry['at'])->getPreciseTimestamp())->take(self::LIMIT)->values()->all();
    }
}
