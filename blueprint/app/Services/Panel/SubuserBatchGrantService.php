<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel;

use Carbon\CarbonImmutable;
use Pterodactyl\Models\User;
use Pterodactyl\Models\Server;
use Pterodactyl\Models\Subuser;
use Illuminate\Database\Connection;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Grant;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\LogEntry;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\PlannedChange;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\Trigger;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Database\DeadlockRetry;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\ProvisioningLogBatch;

/**
 * The plain new grants of one customer's plan written together: the subuser rows, Tiergate's grants and the log
 * rows each in one insert, in one savepoint, instead of about ten statements per server. Only what
 * SubuserGrantService would write the same way qualifies: a grant on an existing server the subscriber does not
 * own, with no subuser row and no earlier grant there, while per-server emails are off (the panel's subuser
 * observer, which mails, then does not run either). Everything else — and the whole batch, if its savepoint fails
 * for any reason but a deadlock — is left to SubuserGrantService one change at a time, so conflicts and failures
 * are logged exactly as before.
 */
class SubuserBatchGrantService
{
    public function __construct(private Connection $db, private SubuserGrantService $grants, private ProvisioningLogBatch $log)
    {
    }

    /**
     * @param PlannedChange[] $plan
     *
     * @return array<int, LogEntry> server id → log row, for the changes it applied
     */
    public function grant(array $plan, User $user, string $customerId, Trigger $trigger): array
    {
        $started = microtime(true);
        $qualifying = $this->qualifying($plan, $user);
        if (count($qualifying) < 2) {
            return [];
        }
        try {
            $entries = $this->db->transaction(fn () => $this->write($qualifying, $user, $customerId, $trigger, $started));
        } catch (\Throwable $e) {
            if (DeadlockRetry::isDeadlock($e)) {
                throw $e; // the server rolled the whole transaction back: the reconcile starts over
            }
            report($e);

            return [];
        }
        foreach ($qualifying as [$change, $server]) {
            $this->grants->activity($change, $user, $server);
        }

        return $entries;
    }

    /**
     * @param PlannedChange[] $plan
     *
     * @return array<int, array{0: PlannedChange, 1: Server}> server id → the change and its server
     */
    private function qualifying(array $plan, User $user): array
    {
        $grants = array_filter($plan, fn (PlannedChange $c) => $c->action === PlannedChange::GRANT);
        if (count($grants) < 2) {
            return [];
        }
        $ids = array_values(array_map(fn (PlannedChange $c) => $c->serverId, $grants));
        $servers = Server::query()->whereIn('id', $ids)->get()->keyBy('id');
        $taken = array_flip(array_map('intval', Subuser::query()->where('user_id', $user->id)->whereIn('server_id', $ids)->pluck('server_id')->all()));
        $earlier = array_flip(array_map('intval', Grant::query()->where('user_id', $user->id)->whereIn('server_id', $ids)->pluck('server_id')->all()));

        $qualifying = [];
        foreach ($grants as $change) {
            $server = $servers[$change->serverId] ?? null;
            if ($server !== null && $server->owner_id !== $user->id && !isset($taken[$change->serverId]) && !isset($earlier[$change->serverId])) {
                $qualifying[$change->serverId] = [$change, $server];
            }
        }

        return $qualifying;
    }

    /**
     * @param array<int, array{0: PlannedChange, 1: Server}> $qualifying
     *
     * @return array<int, LogEntry>
     */
    private function write(array $qualifying, User $user, string $customerId, Trigger $trigger, float $started): array
    {
        $now = CarbonImmutable::now();
        $subusers = [];
        foreach ($qualifying as [$change]) {
            // Built through the model so the permissions JSON and timestamps are exactly what create() would store.
            $row = (new Subuser())->forceFill(['user_id' => $user->id, 'server_id' => $change->serverId, 'permissions' => $change->after]);
            $row->setCreatedAt($now)->setUpdatedAt($now);
            $subusers[] = $row->getAttributes();
        }
        Subuser::query()->insert($subusers);
        $firstId = (int) $this->db->getPdo()->lastInsertId(); // every id this insert took is at least this one
        $subuserIds = Subuser::query()->where('user_id', $user->id)->where('id', '>=', $firstId)->whereIn('server_id', array_keys($qualifying))->pluck('id', 'server_id')->all();

        $grants = [];
        foreach ($qualifying as $serverId => [$change]) {
            $grants[] = (new Grant())->forceFill([
                'user_id' => $user->id,
                'server_id' => $serverId,
                'subuser_id' => $subuserIds[$serverId],
                'permissions' => $change->after,
                'applied_at' => $now,
            ])->getAttributes();
        }
        Grant::query()->insert($grants);

        return $this->log->recordOk($trigger, $customerId, $user->id, array_column($qualifying, 0), $started);
    }
}
