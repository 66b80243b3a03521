<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Search;

use Illuminate\Support\Facades\DB;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\SearchTerms;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel\PanelUserDirectory;

/**
 * Keeps tiergate_search_terms (Core\SearchTerms) in step with what a subscriber is found by: their subscription and
 * customer ids and emails, their panel account's username, email and name, and their in-game names (applied and the
 * admin's correction). Every reconcile refreshes its customer's terms in its own transaction, as it writes the
 * subscription rows; the install fills them for the subscribers already there. Only what changed is written.
 */
class SearchTermIndex
{
    private const CHUNK = 500;

    public function __construct(private PanelUserDirectory $users)
    {
    }

    /**
     * One customer, from the values a reconcile has in hand (its subscriptions' ids and emails).
     *
     * @param array<int, ?string> $subscriptionValues
     */
    public function refresh(string $customerId, array $subscriptionValues, ?int $userId): void
    {
        $this->sync([$customerId => ['values' => $subscriptionValues, 'user_id' => $userId]]);
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
                unset($entry);
            }
            $this->sync($customers);
            $last = end($chunk);
        } while (count($chunk) === self::CHUNK);
    }

    /** @param array<string, array{values: array<int, ?string>, user_id: ?int}> $customers */
    private function sync(array $customers): void
    {
        if ($customers === []) {
            return;
        }
        $ids = array_map('strval', array_keys($customers));
        $stored = $wanted = array_fill_keys($ids, []);
        $userIds = array_fill_keys($ids, null);
        // Tiergate's side in one round trip: the terms as stored, the account (its user and the admin's in-game
        // correction) and the in-game names applied.
        $placeholders = implode(',', array_fill(0, count($ids), '?'));
        $rows = DB::select(
            "SELECT 't' AS kind, customer_id, term AS value, NULL AS user_id FROM `{$this->table('tiergate_search_terms')}` WHERE customer_id IN ({$placeholders})
             UNION ALL SELECT 'a', customer_id, game_username_override, user_id FROM `{$this->table('tiergate_accounts')}` WHERE customer_id IN ({$placeholders})
             UNION ALL SELECT DISTINCT 'p', customer_id, player, NULL FROM `{$this->table('tiergate_game_applied')}` WHERE customer_id IN ({$placeholders})",
            [...$ids, ...$ids, ...$ids],
        );
        foreach ($rows as $row) {
            $customer = (string) $row->customer_id;
            if ($row->kind === 't') {
                $stored[$customer][(string) $row->value] = true;
                continue;
            }
            $wanted[$customer][] = $row->value;
            if ($row->kind === 'a' && $row->user_id !== null) {
                $userIds[$customer] = (int) $row->user_id;
            }
        }
        foreach ($customers as $customer => $known) {
            $userIds[(string) $customer] ??= $known['user_id'];
        }
        $names = $this->users->searchableNames(array_values(array_filter($userIds)));

        $inserts = [];
        foreach ($customers as $customer => $known) {
            $customer = (string) $customer;
            $terms = SearchTerms::of([...$known['values'], ...$wanted[$customer], ...($names[$userIds[$customer]] ?? [])]);
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

    private function table(string $name): string
    {
        return DB::getTablePrefix() . $name;
    }
}
