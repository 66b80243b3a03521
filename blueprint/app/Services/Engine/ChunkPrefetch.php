<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine;

use Carbon\CarbonImmutable;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Schema;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\StateCause;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\Permissions;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Settings\Settings;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Mode\ApplyMode;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel\PanelAccessReader;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel\PanelServerDirectory;

/**
 * The read side of a full reconcile, for a whole chunk of customers in a few queries: which of them could a
 * reconcile change anything for? State is a pure function of stored events, overrides and the clock, and access a
 * function of state and the catalogue, so a customer whose every event is processed, whose last reconcile came
 * after the last change to the catalogue (templates, products, servers, nodes), the grace setting and the mode, whose next
 * clock change is still ahead, and who has no override, nothing needing attention and nothing still owed (a token
 * revocation, an in-game command, an open log condition, an account deletion) would get the same plan as last time. Last time's plan is
 * in their grants; comparing those with the panel's subuser rows (drift: a row deleted or edited by someone) is the
 * only thing left, and that is done here in memory. Everyone else is reconciled as usual.
 * Outside live mode nothing is skipped: shadow mode and a pause plan and log on every pass.
 */
class ChunkPrefetch
{
    public const CHUNK = 500;

    public function __construct(
        private ApplyMode $mode,
        private Settings $settings,
        private PanelServerDirectory $servers,
        private PanelAccessReader $panel,
    ) {
    }

    /**
     * @param string[] $customerIds
     *
     * @return string[] the customers that need their reconcile, in the order given
     */
    public function needingReconcile(array $customerIds, CarbonImmutable $now): array
    {
        if ($customerIds === [] || !$this->mode->applies()) {
            return $customerIds;
        }
        $needing = [];
        foreach (array_chunk($customerIds, self::CHUNK) as $chunk) {
            array_push($needing, ...$this->needingInChunk($chunk, $now));
        }

        return $needing;
    }

    /**
     * @param string[] $customerIds
     *
     * @return string[]
     */
    private function needingInChunk(array $customerIds, CarbonImmutable $now): array
    {
        $stale = array_fill_keys($this->staleProjections($customerIds, $now), true);
        $fresh = array_values(array_filter($customerIds, fn (string $id) => !isset($stale[$id])));
        foreach ([$this->withUnfinishedWork($fresh), $this->withGrantsOutOfLine($fresh)] as $more) {
            $stale += array_fill_keys($more, true);
        }

        return array_values(array_filter($customerIds, fn (string $id) => isset($stale[$id])));
    }

    /**
     * Customers never projected, or projected before an input changed, or due a clock change, or needing attention.
     *
     * @param string[] $customerIds
     *
     * @return string[]
     */
    private function staleProjections(array $customerIds, CarbonImmutable $now): array
    {
        $inputsChangedAt = $this->inputsChangedAt();
        $seen = [];
        $stale = [];
        $rows = DB::table('tiergate_subscriptions')->whereIn('customer_id', $customerIds)
            ->get(['customer_id', 'reconciled_at', 'next_change_at', 'needs_attention', 'cause', 'user_id']);
        // An account whose every subscription was terminated may be due for deletion (its own step, after commit).
        if ($this->settings->get(Settings::DELETE_ACCOUNTS)) {
            $alive = $rows->filter(fn ($row) => $row->cause !== StateCause::Terminated->value || $row->user_id === null)->pluck('customer_id')->flip();
            $stale = $rows->filter(fn ($row) => !isset($alive[$row->customer_id]))->pluck('customer_id')->unique()->values()->all();
        }
        // Timestamps as the connection gives them ('Y-m-d H:i:s' in the panel's time zone) compare as strings.
        $changed = $inputsChangedAt?->format('Y-m-d H:i:s');
        $clock = $now->setTimezone(config('app.timezone'))->format('Y-m-d H:i:s');
        foreach ($rows as $row) {
            $seen[$row->customer_id] = true;
            if ($row->needs_attention || $row->reconciled_at === null
                || ($changed !== null && $row->reconciled_at <= $changed)
                || ($row->next_change_at !== null && $row->next_change_at <= $clock)) {
                $stale[] = $row->customer_id;
            }
        }

        return [...$stale, ...array_filter($customerIds, fn (string $id) => !isset($seen[$id]))];
    }

    /** The newest change to anything a plan is computed from besides the customer's own events: one query. */
    private function inputsChangedAt(): ?CarbonImmutable
    {
        $changes = DB::table('tiergate_templates')->selectRaw('MAX(updated_at) AS t')
            ->unionAll(DB::table('tiergate_products')->selectRaw('MAX(updated_at)'));
        foreach ($this->servers->lastChanges() as $panelChanges) {
            $changes->unionAll($panelChanges);
        }
        $changes->unionAll(DB::table('tiergate_settings')->whereIn('key', [Settings::GRACE_DAYS, Settings::APPLY_MODE])->selectRaw('MAX(updated_at)'));
        $newest = DB::query()->fromSub($changes, 'changes')->max('t');

        return $newest === null ? null : CarbonImmutable::parse($newest);
    }

    /**
     * Unprocessed events, an override, an open log condition, an owed in-game command: one query.
     *
     * @param string[] $customerIds
     *
     * @return string[]
     */
    private function withUnfinishedWork(array $customerIds): array
    {
        if ($customerIds === []) {
            return [];
        }
        $query = DB::table('tiergate_events')->whereIn('customer_id', $customerIds)->whereNull('processed_at')->select('customer_id')
            ->unionAll(DB::table('tiergate_overrides')->whereIn('customer_id', $customerIds)->select('customer_id'))
            ->unionAll(DB::table('tiergate_log_conditions')->whereIn('customer_id', $customerIds)->select('customer_id'));
        if ($this->hasGameCommands()) {
            $query->unionAll(DB::table('tiergate_game_commands')->whereIn('customer_id', $customerIds)->where('status', 'pending')->select('customer_id'));
        }

        return array_values(array_unique($query->pluck('customer_id')->all()));
    }

    /**
     * A grant whose subuser row is gone (or was never written), moved, or holds other permissions than Tiergate gave,
     * so the next plan differs; or whose token revocation is still owed. Every grant of the chunk is read once here,
     * so the owed revocations cost no query of their own.
     *
     * @param string[] $customerIds
     *
     * @return string[]
     */
    private function withGrantsOutOfLine(array $customerIds): array
    {
        if ($customerIds === []) {
            return [];
        }
        $rows = $this->panel->joinGrantRows(DB::table('tiergate_accounts')
            ->join('tiergate_grants', 'tiergate_grants.user_id', '=', 'tiergate_accounts.user_id')
            ->whereIn('tiergate_accounts.customer_id', $customerIds)
            ->select([
                'tiergate_accounts.customer_id', 'tiergate_grants.user_id', 'tiergate_grants.server_id',
                'tiergate_grants.permissions', 'tiergate_grants.revocation_pending',
            ]))
            ->get();
        $outOfLine = [];
        foreach ($rows as $row) {
            if ($row->revocation_pending || $row->row_id === null || (int) $row->row_user_id !== (int) $row->user_id || (int) $row->row_server_id !== (int) $row->server_id
                || ($row->permissions !== $row->row_permissions && self::permissions($row->permissions) !== self::permissions($row->row_permissions))) {
                $outOfLine[] = $row->customer_id;
            }
        }

        return $outOfLine;
    }

    /** @return string[] */
    private static function permissions(?string $json): array
    {
        return Permissions::normalize(json_decode((string) $json, true) ?? []);
    }

    private function hasGameCommands(): bool
    {
        static $has = null;

        return $has ??= Schema::hasTable('tiergate_game_commands');
    }
}
