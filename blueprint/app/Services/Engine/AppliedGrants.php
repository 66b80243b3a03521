<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine;

use Illuminate\Database\Eloquent\Collection;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Grant;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel\PanelAccessReader;

/**
 * The "actual" side of a plan, read from the panel itself: Tiergate's grants, checked against the subuser rows
 * they point at. A row someone deleted counts as not applied and a row someone edited counts with its real
 * permissions, so the next plan puts both back (drift repair). Rows Tiergate did not make never appear.
 * Reading writes nothing (a dry run only reads); forgetStale() is the write, inside the apply transaction.
 */
class AppliedGrants
{
    public function __construct(private PanelAccessReader $panel)
    {
    }

    /**
     * What Tiergate has in place for a user: server id → permissions, the grants whose subuser row is gone, and
     * whether a token revocation is still owed (so a reconcile that revokes nothing knows whether to flush).
     *
     * @return array{applied: array<int, string[]>, stale: Grant[], owesRevocations: bool}
     */
    public function read(int $userId): array
    {
        /** @var Collection<int, Grant> $all */
        $all = Grant::query()->where('user_id', $userId)->get();
        $owes = $all->contains(fn (Grant $grant) => (bool) $grant->revocation_pending);
        $grants = $all->filter(fn (Grant $grant) => $grant->subuser_id !== null);
        if ($grants->isEmpty()) {
            return ['applied' => [], 'stale' => [], 'owesRevocations' => $owes];
        }
        $rows = $this->panel->subusers($grants->pluck('subuser_id')->all());

        $applied = [];
        $stale = [];
        foreach ($grants as $grant) {
            $row = $rows[$grant->subuser_id] ?? null;
            if ($row === null || $row->user_id !== $userId || $row->server_id !== $grant->server_id) {
                $stale[] = $grant;
                continue;
            }
            $applied[$grant->server_id] = $row->permissions ?? [];
        }

        return ['applied' => $applied, 'stale' => $stale, 'owesRevocations' => $owes];
    }

    /**
     * A grant whose row is gone points at nothing; it stays only while a token revocation is still owed.
     *
     * @param Grant[] $stale
     */
    public function forgetStale(array $stale): void
    {
        foreach ($stale as $grant) {
            if ($grant->revocation_pending) {
                $grant->forceFill(['subuser_id' => null, 'permissions' => []])->save();
            } else {
                $grant->delete();
            }
        }
    }
}
