<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Queries;

use Carbon\CarbonImmutable;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\DB;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Support\KeysetPage;

/** Refused deliveries (the newest 1,000, Inbox\RejectionLog) by status, answer code, words of the reason and time. */
class RejectionQuery
{
    /**
     * @param array{status?: ?string, code?: ?string, reason?: ?string, since?: ?string, until?: ?string} $filters
     *
     * @return array{data: object[], next_cursor: ?string}
     */
    public function page(array $filters, Request $paging): array
    {
        $query = DB::table('tiergate_rejections');
        if (($status = $filters['status'] ?? null) !== null && $status !== '') {
            $query->where('status', (int) $status);
        }
        if (($code = $filters['code'] ?? null) !== null && $code !== '') {
            $query->where('code', $code);
        }
        if (($reason = $filters['reason'] ?? null) !== null && $reason !== '') {
            $query->where('reason', 'like', '%' . addcslashes($reason, '%_\\') . '%');
        }
        if ($since = $filters['since'] ?? null) {
            $query->where('created_at', '>=', CarbonImmutable::parse($since));
        }
        if ($until = $filters['until'] ?? null) {
            $query->where('created_at', '<=', CarbonImmutable::parse($until));
        }

        return KeysetPage::of($query, $paging, fn (object $r) => $r);
    }
}
