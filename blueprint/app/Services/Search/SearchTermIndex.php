<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Search;

use Illuminate\Support\Facades\DB;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Account;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\SearchTerms;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel\PanelUserDirectory;

/**
 * Keeps tiergate_search_terms (Core\SearchTerms) in step with what a subscriber is found by: their subscription and
 * customer ids and emails, their panel account's username, email and name, and their in-game names (the billing
 * snapshot's, or at install the applied ones, and the admin's correction). Every reconcile refreshes its customer's
 * terms in its own transaction, as it writes the subscription rows; the install fills them for the subscribers
 * already there. Only what changed is written.
 */
class SearchTermIndex
{
    private const CHUNK = 500;

    public function __construct(private PanelUserDirectory $users)
    {
    }

    /**
     * One customer, from the values a reconcile has in hand: its subscriptions' ids, emails and in-game names, and
     * the account with its panel user when it read them ($accountRead; null: the customer has none), else they are
     * read here.
     *
     * @param array<int, ?string> $subscriptionValues
     */
    public function refresh(string $customerId, array $subscriptionValues, ?int $userId, ?Account $account = null, bool $accountRead = false): void
    {
        $known = null;
        if ($accountRead && $account === null) {
            $known = [];
        } elseif ($accountRead && $account->relationLoaded('user') && $account->getRelation('user') !== null) {
            $known = [$account->game_username_override, ...$this->users->searchableNamesOf($account->user)];
        }
        $this->sync([$customerId => ['values' => $subscriptionValues, 'user_id' => $userId, 'account' => $known]]);
    }

    /** Every subscriber, from the tables (the install's fill; a test's or the bench's rows written directly). */
    public function rebuild(): void
    {
        $last = null;
        do {
            $chunk = DB::table('tiergate_subscriptions')->select('customer_id')->distinct()
                ->when($last !== null, fn ($q) => $q->where('customer_id', '>', $last))
                ->orderBy('customer_id')->limit(self::CHUNK)->pluck('customer_id')->map(fn ($id) => (string) $id)->all();
            $customers = [];
            foreach (DB::table('tiergate_subscriptions')->whereIn('customer_id', $chunk)->get(['customer_id', 'subscription_id', 'customer_email', 'user_id']) as $row) {
                $entry = &$customers[(string) $row->customer_id];
                $entry['values'] = array_merge($entry['values'] ?? [], [(string) $row->customer_id, (string) $row->subscription_id, $row->customer_email]);
                $entry['user_id'] ??= $row->user_id === null ? null : (int) $row->user_id;
                $entry['account'] = null;
                unset($entry);
            }
            $this->sync($customers);
            $last = end($chunk);
        } while (count($chunk) === self::CHUNK);
    }

    /** @param array<string, array{values: array<int, ?string>, user_id: ?int, account: ?array<int, ?string>}> $customers */
    private function sync(array $customers): void
    {
        if ($customers === []) {
            return;
        }
        $ids = array_map('strval', array_keys($customers));
        $stored = array_fill_keys($ids, []);
        foreach (DB::table('tiergate_search_terms')->whereIn('customer_id', $ids)->get(['customer_id', 'term']) as $row) {
            $stored[(string) $row->customer_id][(string) $row->term] = true;
        }
        $values = $this->accountValues(array_keys(array_filter($customers, fn (array $c) => $c['account'] === null)), $customers);

        $inserts = [];
        foreach ($customers as $customer => $known) {
            $customer = (string) $customer;
            $terms = SearchTerms::of([...$known['values'], ...($known['account'] ?? $values[$customer] ?? [])]);
            foreach ($terms as $term) {
                if (!isset($stored[$customer][$term])) {
                    $inserts[] = ['customer_id' => $customer, 'term' => $term];
                }
            }
            $gone = array_values(array_diff(array_map('strval', array_keys($stored[$customer])), $terms));
            if ($gone !== []) {
                DB::table('tiergate_search_terms')->where('customer_id', $customer)->whereIn('term', $gone)->delete();
            }
        }
        foreach (array_chunk($inserts, 1000) as $chunk) {
            // Ignored: the install's fill can meet a reconcile that just wrote the same term.
            DB::table('tiergate_search_terms')->insertOrIgnore($chunk);
        }
    }

    /**
     * What the account side holds for customers a reconcile did not hand over: the admin's in-game correction and
     * the in-game names applied (one round trip), and the panel user's names.
     *
     * @param array<int, int|string> $ids
     * @param array<string, array{values: array<int, ?string>, user_id: ?int, account: ?array<int, ?string>}> $customers
     *
     * @return array<string, array<int, ?string>>
     */
    private function accountValues(array $ids, array $customers): array
    {
        $ids = array_map('strval', $ids);
        if ($ids === []) {
            return [];
        }
        $values = array_fill_keys($ids, []);
        $userIds = [];
        foreach ($ids as $customer) {
            $userIds[$customer] = $customers[$customer]['user_id'];
        }
        $placeholders = implode(',', array_fill(0, count($ids), '?'));
        $rows = DB::select(
            "SELECT 'a' AS kind, customer_id, game_username_override AS value, user_id FROM `{$this->table('tiergate_accounts')}` WHERE customer_id IN ({$placeholders})
             UNION ALL SELECT DISTINCT 'p', customer_id, player, NULL FROM `{$this->table('tiergate_game_applied')}` WHERE customer_id IN ({$placeholders})",
            [...$ids, ...$ids],
        );
        foreach ($rows as $row) {
            $values[(string) $row->customer_id][] = $row->value;
            if ($row->kind === 'a' && $row->user_id !== null) {
                $userIds[(string) $row->customer_id] = (int) $row->user_id;
            }
        }
        $names = $this->users->searchableNames(array_values(array_filter($userIds)));
        foreach ($userIds as $customer => $userId) {
            array_push($values[(string) $customer], ...($names[$userId] ?? []));
        }

        return $values;
    }

    private function table(string $name): string
    {
        return DB::getTablePrefix() . $name;
    }
}
