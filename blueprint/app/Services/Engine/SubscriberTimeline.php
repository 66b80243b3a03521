<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine;

use Carbon\CarbonImmutable;
use Illuminate\Support\Collection;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\LogEntry;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\InboxEvent;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\AdminOverride;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel\PanelUserDirectory;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel\PanelServerDirectory;

/** A customer's events, the admin override in force and Tiergate's actions on one time line, newest first. */
class SubscriberTimeline
{
    private const LIMIT = 200;

    public function __construct(private PanelServerDirectory $servers, private PanelUserDirectory $users)
    {
    }

    /** @return list<array{at: string, kind: string, title: string, detail: string, outcome: string|null}> */
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
        $override = AdminOverride::query()->where('customer_id', $customerId)->first();
        $names = $this->servers->names($log->pluck('server_id')->all());
        $admins = $this->users->usernames($log->map(fn (LogEntry $l) => $this->adminId($l))->push($override?->created_by)->all());
        /** @var Collection<array-key, array{at: string, kind: string, title: string, detail: string, outcome: string|null}> $actions */
        $actions = $log
            ->map(fn (LogEntry $l) => [
                'at' => $l->created_at->toIso8601String(),
                'kind' => 'action',
                'title' => $l->action . ($l->server_id ? ' on ' . ($names[$l->server_id] ?? "server {$l->server_id}") : ''),
                'detail' => ($l->error ?? sprintf('[%s] → [%s]', implode(', ', (array) $l->permissions_before), implode(', ', (array) $l->permissions_after)))
                    . $this->by($this->adminId($l), $admins),
                'outcome' => $l->outcome,
            ]);
        if ($override !== null) {
            $actions->push([
                'at' => $override->updated_at->toIso8601String(),
                'kind' => 'action',
                'title' => "admin {$override->kind} " . ($override->until ? "until {$override->until->toIso8601String()}" : 'until resumed'),
                'detail' => 'billing does not decide while it lasts' . $this->by($override->created_by, $admins),
                'outcome' => null,
            ]);
        }

        return $events->concat($actions)->sortByDesc(fn (array $entry) => CarbonImmutable::parse($entry['at'])->getPreciseTimestamp())->take(self::LIMIT)->values()->all();
    }

    /** The admin's user id from an admin trigger's reference (`user:<id>`, Trigger::admin). */
    private function adminId(LogEntry $l): ?int
    {
        return $l->trigger === LogEntry::TRIGGER_ADMIN && preg_match('/^user:(\d+)$/D', (string) $l->trigger_ref, $m) ? (int) $m[1] : null;
    }

    /** @param array<int, string> $admins user id → username */
    private function by(?int $adminId, array $admins): string
    {
        return $adminId === null ? '' : ' · by ' . ($admins[$adminId] ?? "deleted user #{$adminId}");
    }
}
