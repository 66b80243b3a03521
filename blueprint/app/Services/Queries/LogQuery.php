<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Queries;

use Carbon\CarbonImmutable;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\DB;
use Illuminate\Database\Query\Builder;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\LogEntry;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Support\KeysetPage;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel\PanelUserDirectory;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel\PanelServerDirectory;

/**
 * The provisioning log read model: filtered by subscriber (id, email, name or in-game name), server (id or name),
 * action, outcome and time, newest first, each row with the names an admin reads instead of ids.
 */
class LogQuery
{
    public function __construct(
        private SubscriberSearch $search,
        private PanelServerDirectory $servers,
        private PanelUserDirectory $users,
    ) {
    }

    /**
     * @param array{customer?: ?string, server?: ?string, action?: ?string, outcome?: ?string, since?: ?string, until?: ?string} $filters
     *
     * @return array{data: array<int, array{row: object, customer_email: ?string, server_name: ?string, actor_name: ?string}>, next_cursor: ?string}
     */
    public function page(array $filters, Request $paging): array
    {
        $query = DB::table('tiergate_log');
        if (($customer = $filters['customer'] ?? null) !== null && $customer !== '') {
            $query->whereIn('customer_id', $this->customerIds($customer));
        }
        if (($server = $filters['server'] ?? null) !== null && $server !== '') {
            $query->whereIn('server_id', ctype_digit($server) ? [(int) $server] : $this->servers->idsNamed($server));
        }
        foreach (['action', 'outcome'] as $column) {
            if (($value = $filters[$column] ?? null) !== null && $value !== '') {
                $query->where($column, $value);
            }
        }
        if ($since = $filters['since'] ?? null) {
            $query->where('created_at', '>=', CarbonImmutable::parse($since));
        }
        if ($until = $filters['until'] ?? null) {
            $query->where('created_at', '<=', CarbonImmutable::parse($until));
        }
        $this->boundIds($query, $since ? CarbonImmutable::parse($since) : null, $until ? CarbonImmutable::parse($until) : null);
        $page = KeysetPage::of($query, $paging, fn (object $row) => $row);

        return ['data' => $this->named($page['data']), 'next_cursor' => $page['next_cursor']];
    }

    /**
     * Ids follow insertion time, so a time range is also an id range: bounding the id lets the newest-first keyset
     * walk only that range instead of every newer row (at 1,000,000 rows, 10 ms instead of 300). The bounds are the
     * nearest rows more than a minute outside the range (one read of the created_at index each): a row written that
     * much out of step with its id (clocks or transactions of two writers overlapping) would be needed to fall
     * outside them. The created_at conditions above stay and keep the result exact.
     */
    private function boundIds(Builder $query, ?CarbonImmutable $since, ?CarbonImmutable $until): void
    {
        if ($since !== null) {
            $before = DB::table('tiergate_log')->where('created_at', '<', $since->subMinute())->orderByDesc('created_at')->orderByDesc('id')->value('id');
            if ($before !== null) {
                $query->where('id', '>', (int) $before);
            }
        }
        if ($until !== null) {
            $after = DB::table('tiergate_log')->where('created_at', '>', $until->addMinute())->orderBy('created_at')->orderBy('id')->value('id');
            if ($after !== null) {
                $query->where('id', '<', (int) $after);
            }
        }
    }

    /**
     * A customer id the log holds is taken exactly (ids are bytes); anything else is a search.
     *
     * @return string[]
     */
    private function customerIds(string $text): array
    {
        $exact = DB::table('tiergate_log')->where('customer_id', $text)->exists()
            || DB::table('tiergate_subscriptions')->where('customer_id', $text)->exists();

        return $exact ? [$text] : $this->search->customerIds($text);
    }

    /**
     * @param object[] $rows
     *
     * @return array<int, array{row: object, customer_email: ?string, server_name: ?string, actor_name: ?string}>
     */
    private function named(array $rows): array
    {
        $emails = $this->emails(array_column($rows, 'customer_id'));
        $servers = $this->servers->names(array_column($rows, 'server_id'));
        $admins = $this->users->usernames(array_filter(array_map(fn (object $r) => self::adminId($r), $rows)));

        return array_map(fn (object $r) => [
            'row' => $r,
            'customer_email' => $r->customer_id === null ? null : $emails[$r->customer_id] ?? null,
            'server_name' => $r->server_id === null ? null : $servers[$r->server_id] ?? null,
            'actor_name' => ($id = self::adminId($r)) === null ? null : $admins[$id] ?? "deleted user #{$id}",
        ], $rows);
    }

    /**
     * @param array<int, ?string> $customerIds
     *
     * @return array<string, string> customer id → newest email
     */
    private function emails(array $customerIds): array
    {
        $customerIds = array_values(array_unique(array_filter($customerIds, fn ($id) => $id !== null)));
        if ($customerIds === []) {
            return [];
        }

        return DB::table('tiergate_subscriptions')->whereIn('customer_id', $customerIds)->whereNotNull('customer_email')
            ->orderBy('id')->pluck('customer_email', 'customer_id')->all();
    }

    /** The admin's user id from an admin trigger's reference (`user:<id>`, Engine\Trigger::admin). */
    public static function adminId(object $row): ?int
    {
        return $row->trigger === LogEntry::TRIGGER_ADMIN && preg_match('/^user:([1-9]\d*)$/D', (string) $row->trigger_ref, $m) ? (int) $m[1] : null;
    }
}
