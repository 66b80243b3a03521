<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Queries;

use Illuminate\Support\Collection;
use Illuminate\Support\Facades\DB;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Grant;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Account;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Subscription;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\AdminOverride;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel\PanelUserDirectory;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel\PanelServerDirectory;

/** The subscriber read model of the admin page: a filtered page of customers, or one of them, with what they hold. */
class SubscriberQuery
{
    public const PAGE = 50;

    public function __construct(private SubscriberSearch $search, private PanelUserDirectory $users, private PanelServerDirectory $servers)
    {
    }

    /**
     * Customers, newest activity first; keyset on each customer's newest subscription row.
     *
     * @param array{search?: ?string, state?: ?string, attention?: bool, cursor?: ?string} $filters
     *
     * @return array{rows: array<int, array<string, mixed>>, next_cursor: ?string}
     */
    public function page(array $filters): array
    {
        $query = DB::table('tiergate_subscriptions')->select('customer_id', DB::raw('MAX(id) AS last_id'))->groupBy('customer_id');
        if (($text = trim((string) ($filters['search'] ?? ''))) !== '') {
            $ids = $this->search->customerIds($text);
            if ($ids === []) {
                return ['rows' => [], 'next_cursor' => null];
            }
            $query->whereIn('customer_id', $ids);
        }
        if ($state = $filters['state'] ?? null) {
            $query->where('state', $state);
        }
        if ($filters['attention'] ?? false) {
            $query->where('needs_attention', true);
        }
        if ($cursor = $filters['cursor'] ?? null) {
            $query->having('last_id', '<', (int) $cursor);
        }
        $page = $query->orderByDesc('last_id')->limit(self::PAGE + 1)->get();
        $more = $page->count() > self::PAGE;
        $page = $page->take(self::PAGE);

        return ['rows' => $this->rows($page->pluck('customer_id')->all()), 'next_cursor' => $more ? (string) $page->last()->last_id : null];
    }

    /** @return array<string, mixed>|null one customer's row (see rows()), or null when Tiergate has no subscription of theirs */
    public function find(string $customerId): ?array
    {
        return $this->rows([$customerId])[0] ?? null;
    }

    /** @return Collection<int, Grant> the subuser rows Tiergate holds for the account, with `server_name` set */
    public function grants(int $userId): Collection
    {
        $grants = Grant::query()->where('user_id', $userId)->whereNotNull('subuser_id')->get();
        $serverNames = $this->servers->names($grants->pluck('server_id')->all());

        return $grants->each(fn (Grant $g) => $g->setAttribute('server_name', $serverNames[$g->server_id] ?? "server {$g->server_id}"))
            ->sortBy(fn (Grant $g) => mb_strtolower((string) $g->getAttribute('server_name')))->values();
    }

    /**
     * Everything SubscriberTransformer needs per customer, in the order given, in five queries for the whole page.
     *
     * @param string[] $customerIds
     *
     * @return array<int, array{customer_id: string, subscriptions: Collection<int, Subscription>, user_id: ?int, username: ?string, servers_granted: int, override: ?AdminOverride}>
     */
    private function rows(array $customerIds): array
    {
        $subscriptions = Subscription::query()->whereIn('customer_id', $customerIds)->orderBy('id')->get()->groupBy('customer_id');
        $accounts = Account::query()->whereIn('customer_id', $customerIds)->get()->keyBy('customer_id');
        $usernames = $this->users->usernames($accounts->pluck('user_id')->all());
        $grants = Grant::query()->whereIn('user_id', $accounts->pluck('user_id'))->whereNotNull('subuser_id')
            ->select('user_id', DB::raw('COUNT(*) AS n'))->groupBy('user_id')->pluck('n', 'user_id');
        $overrides = AdminOverride::query()->whereIn('customer_id', $customerIds)->get()->keyBy('customer_id');

        return collect($customerIds)->filter(fn ($id) => isset($subscriptions[$id]))->map(function (string $id) use ($subscriptions, $accounts, $usernames, $grants, $overrides) {
            $userId = $accounts[$id]->user_id ?? null;

            return [
                'customer_id' => $id,
                'subscriptions' => $subscriptions[$id],
                // An account whose panel user is gone counts as none, as the panel would show it.
                'user_id' => isset($usernames[$userId]) ? (int) $userId : null,
                'username' => $usernames[$userId] ?? null,
                'servers_granted' => (int) ($grants[$userId] ?? 0),
                'override' => $overrides[$id] ?? null,
            ];
        })->values()->all();
    }
}
