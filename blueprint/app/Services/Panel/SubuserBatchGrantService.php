<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel;

use Carbon\CarbonImmutable;
use Pterodactyl\Models\User;
use Pterodactyl\Models\Server;
use Pterodactyl\Models\Subuser;
use Illuminate\Database\Connection;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Grant;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\LogEntry;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\ServerFacts;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\PlannedChange;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\Trigger;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Database\InsertedIds;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Database\DeadlockRetry;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\ProvisioningLogBatch;

/**
 * The plain new grants of one customer's plan written together: the subuser rows, Tiergate's grants, the log rows
 * and the panel's activity entries each in one insert or a few, instead of about ten statements per server. Only
 * what SubuserGrantService would write the same way qualifies: a grant on an existing server the subscriber does
 * not own, with no subuser row and no earlier grant there, while per-server emails are off (the panel's subuser
 * observer, which mails, then does not run either). Everything else — and the whole batch, if its savepoint fails
 * for any reason but a deadlock — is left to SubuserGrantService one change at a time, so conflicts and failures
 * are logged exactly as before.
 */
class SubuserBatchGrantService
{
    public function __construct(
        private Connection $db,
        private ProvisioningLogBatch $log,
        private PanelActivityBatch $activity,
        private InsertedIds $insertedIds,
    ) {
    }

    /**
     * @param PlannedChange[] $plan
     * @param ServerFacts[] $servers the panel's servers the plan was made from
     *
     * @return array<int, LogEntry> server id → log row, for the changes it applied
     */
    public function grant(array $plan, User $user, string $customerId, Trigger $trigger, array $servers): array
    {
        $started = microtime(true);
        $qualifying = $this->qualifying($plan, $user, $servers);
        if (count($qualifying) < 2) {
            return [];
        }
        try {
            $entries = $this->db->transaction(function () use ($qualifying, $user, $customerId, $trigger, $started) {
                $entries = $this->write($qualifying, $user, $customerId, $trigger, $started);
                $this->activity->log(SubuserGrantService::activityEvent(PlannedChange::GRANT), array_values(array_map(
                    fn (array $q) => ['subjects' => [$user, $q[1]], 'properties' => SubuserGrantService::activityProperties($q[0], $q[1])],
                    $qualifying,
                )));

                return $entries;
            });
        } catch (\Throwable $e) {
            if (DeadlockRetry::isDeadlock($e)) {
                throw $e; // the server rolled the whole transaction back: the reconcile starts over
            }
            report($e);

            return [];
        }

        return $entries;
    }

    /**
     * @param PlannedChange[] $plan
     * @param ServerFacts[] $servers
     *
     * @return array<int, array{0: PlannedChange, 1: Server}> server id → the change and its server
     */
    private function qualifying(array $plan, User $user, array $servers): array
    {
        $grants = array_filter($plan, fn (PlannedChange $c) => $c->action === PlannedChange::GRANT);
        if (count($grants) < 2) {
            return [];
        }
        $ids = array_values(array_map(fn (PlannedChange $c) => $c->serverId, $grants));
        $facts = [];
        foreach ($servers as $server) {
            $facts[$server->id] = $server;
        }
        $occupied = $this->occupied($user->id, $ids);

        $qualifying = [];
        foreach ($grants as $change) {
            $server = $facts[$change->serverId] ?? null;
            if ($server !== null && $server->ownerId !== $user->id && !isset($occupied[$change->serverId])) {
                $qualifying[$change->serverId] = [$change, $this->subject($server)];
            }
        }

        return $qualifying;
    }

    /**
     * Servers among $ids where the user has a subuser row or Tiergate has a grant (live or only remembering a
     * revocation), read in one statement.
     *
     * @param int[] $ids
     *
     * @return array<int, true>
     */
    private function occupied(int $userId, array $ids): array
    {
        $rows = Subuser::query()->toBase()->where('user_id', $userId)->whereIn('server_id', $ids)->select('server_id')
            ->unionAll(Grant::query()->toBase()->where('user_id', $userId)->whereIn('server_id', $ids)->select('server_id'))
            ->pluck('server_id')->all();

        return array_fill_keys(array_map('intval', $rows), true);
    }

    /** The server as the activity feed's subject: the columns it reads (key, uuid), without another query. */
    private function subject(ServerFacts $server): Server
    {
        return (new Server())->newFromBuilder(['id' => $server->id, 'uuid' => $server->uuid, 'owner_id' => $server->ownerId]);
    }

    /**
     * @param array<int, array{0: PlannedChange, 1: Server}> $qualifying
     *
     * @return array<int, LogEntry>
     */
    private function write(array $qualifying, User $user, string $customerId, Trigger $trigger, float $started): array
    {
        $now = CarbonImmutable::now();
        // Built through the models so the JSON and timestamps are exactly what create() would store; once per
        // permission set, as most servers get the same one.
        $subuserShapes = [];
        $subusers = [];
        foreach ($qualifying as $serverId => [$change]) {
            $subusers[] = ['server_id' => $serverId] + ($subuserShapes[json_encode($change->after)] ??= $this->subuserRow($user, $change->after, $now));
        }
        Subuser::query()->insert($subusers);
        $serverIds = array_keys($qualifying);
        $subuserIds = array_combine($serverIds, $this->insertedIds->of(count($subusers), function (int $firstId) use ($user, $serverIds) {
            // No other writer adds rows for this user while the customer's lock is held.
            $byServer = Subuser::query()->where('user_id', $user->id)->where('id', '>=', $firstId)->whereIn('server_id', $serverIds)->pluck('id', 'server_id')->all();

            return array_map(fn (int $serverId) => (int) $byServer[$serverId], $serverIds);
        }));

        $grantShapes = [];
        $grants = [];
        foreach ($qualifying as $serverId => [$change]) {
            $grants[] = ['server_id' => $serverId, 'subuser_id' => $subuserIds[$serverId]]
                + ($grantShapes[json_encode($change->after)] ??= $this->grantRow($user, $change->after, $now));
        }
        Grant::query()->insert($grants);

        return $this->log->recordOk($trigger, $customerId, $user->id, array_column($qualifying, 0), $started);
    }

    /**
     * @param string[] $permissions
     *
     * @return array<string, mixed>
     */
    private function subuserRow(User $user, array $permissions, CarbonImmutable $now): array
    {
        $row = (new Subuser())->forceFill(['user_id' => $user->id, 'permissions' => $permissions]);
        $row->setCreatedAt($now)->setUpdatedAt($now);

        return $row->getAttributes();
    }

    /**
     * @param string[] $permissions
     *
     * @return array<string, mixed>
     */
    private function grantRow(User $user, array $permissions, CarbonImmutable $now): array
    {
        return (new Grant())->forceFill(['user_id' => $user->id, 'permissions' => $permissions, 'applied_at' => $now])->getAttributes();
    }
}
