<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine;

use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Grant;
use Pterodactyl\Models\Subuser;

/**
 * The "actual" side of a plan, read from the panel itself: Tiergate's grants, checked against the subuser rows
 * they point at. A row someone deleted counts as not applied and a row someone edited counts with its real
 * permissions, so the next plan puts both back (drift repair). Rows Tiergate did not make never appear.
 */
class AppliedGrants
{
    /** @return array<int, string[]> server id → permissions */
    public function for(int $userId): array
    {
        $grants = Grant::query()->where('user_id', $userId)->whereNotNull('subuser_id')->get();
        $rows = Subuser::query()->whereIn('id', $grants->pluck('subuser_id'))->get()->keyBy('id');

        $applied = [];
        foreach ($grants as $grant) {
            $row = $rows[$grant->subuser_id] ?? null;
            if ($row === null || $row->user_id !== $userId || $row->server_id !== $grant->server_id) {
                $grant->forceFill(['subuser_id' => null, 'permissions' => []])->save();
                if (!$grant->revocation_pending) {
                    $grant->delete();
                }
                continue;
            }
            $applied[$grant->server_id] = $row->permissions ?? [];
        }

        return $applied;
    }
}
