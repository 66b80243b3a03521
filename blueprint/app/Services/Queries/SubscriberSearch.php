<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Queries;

use Illuminate\Support\Facades\DB;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel\PanelUserDirectory;

/**
 * What an admin types where a subscriber is asked for (the subscriber search, the log's and the inbox's filters):
 * a customer or subscription id or part of one, part of an email, the panel account's username or name, or the
 * player's in-game name. Each source is one query on an index or a narrow table; the answer is customer ids.
 */
class SubscriberSearch
{
    /** More matches than this is not a search an admin reads; the listings page through what is found. */
    public const MAX_MATCHES = 1000;

    /** Where in-game names live: the engine's applied commands and an admin's correction. */
    private const GAME_NAME_COLUMNS = [['tiergate_game_applied', 'player'], ['tiergate_accounts', 'game_username_override']];

    public function __construct(private PanelUserDirectory $users)
    {
    }

    /** @return string[] the customer ids $text names, byte-exact */
    public function customerIds(string $text): array
    {
        $text = trim($text);
        if ($text === '') {
            return [];
        }
        $like = '%' . addcslashes($text, '%_\\') . '%';
        // Reads only the (customer_email, customer_id, subscription_id) index: ids compare as bytes, emails without case.
        $ids = DB::table('tiergate_subscriptions')
            ->where(fn ($q) => $q->where('customer_email', 'like', $like)->orWhere('customer_id', 'like', $like)->orWhere('subscription_id', 'like', $like))
            ->distinct()->limit(self::MAX_MATCHES)->pluck('customer_id')->all();

        $userIds = $this->users->idsMatching($text, self::MAX_MATCHES);
        if ($userIds !== []) {
            $ids = array_merge($ids, DB::table('tiergate_accounts')->whereIn('user_id', $userIds)->pluck('customer_id')->all());
        }
        foreach (self::GAME_NAME_COLUMNS as [$table, $column]) {
            // Stored byte-exact (utf8mb4_bin); found whatever the case, as the game itself treats names.
            $ids = array_merge($ids, DB::table($table)->whereRaw("`{$column}` COLLATE utf8mb4_unicode_ci LIKE ?", [$like])
                ->distinct()->limit(self::MAX_MATCHES)->pluck('customer_id')->all());
        }

        return array_slice(array_values(array_unique(array_map('strval', $ids))), 0, self::MAX_MATCHES);
    }
}
