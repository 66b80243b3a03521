<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Queries;

use Illuminate\Support\Facades\DB;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\SearchTerms;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel\PanelUserDirectory;

/**
 * What an admin types where a subscriber is asked for (the subscriber search, the log's and the inbox's filters):
 * the start of any word of a customer or subscription id, an email, the panel account's username or name, or the
 * player's in-game name (Core\SearchTerms), whatever the case. One prefix seek on Tiergate's term index, plus the
 * panel's live usernames and emails (an account renamed in the panel is found at once); the answer is customer ids.
 */
class SubscriberSearch
{
    /** More matches than this is not a search an admin reads; the listings page through what is found. */
    public const MAX_MATCHES = 1000;

    public function __construct(private PanelUserDirectory $users)
    {
    }

    /** @return string[] the customer ids $text names, byte-exact */
    public function customerIds(string $text): array
    {
        $needle = SearchTerms::needle($text);
        if ($needle === '') {
            return [];
        }
        $ids = DB::table('tiergate_search_terms')->where('term', 'like', addcslashes($needle, '%_\\') . '%')
            ->distinct()->limit(self::MAX_MATCHES)->pluck('customer_id')->all();

        $userIds = $this->users->idsStartingWith(trim($text), self::MAX_MATCHES);
        if ($userIds !== []) {
            $ids = array_merge($ids, DB::table('tiergate_accounts')->whereIn('user_id', $userIds)->pluck('customer_id')->all());
        }

        return array_slice(array_values(array_unique(array_map('strval', $ids))), 0, self::MAX_MATCHES);
    }
}
