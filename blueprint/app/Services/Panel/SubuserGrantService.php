<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel;

use Carbon\CarbonImmutable;
use Pterodactyl\Models\User;
use Pterodactyl\Models\Server;
use Pterodactyl\Models\Subuser;
use Pterodactyl\Facades\Activity;
use Illuminate\Database\Eloquent\Model;
use Illuminate\Database\ConnectionInterface;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Grant;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\LogEntry;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\PlannedChange;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\Trigger;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\ProvisioningLog;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Database\DeadlockRetry;

/**
 * Applies one planned change to the panel as a subuser row, the way the panel's own SubuserController does:
 * permissions changed or removed → the user's Wings tokens on that server are revoked. The revocation is only
 * recorded here as owed (it must not reach Wings before the customer's whole plan is committed); the caller
 * flushes it through TokenRevocationService afterwards.
 */
class SubuserGrantService
{
    public function __construct(private ProvisioningLog $log, private TokenRevocationService $revocations, private ConnectionInterface $db)
    {
    }

    public function apply(PlannedChange $change, User $user, string $customerId, Trigger $trigger, bool $sendEmails): LogEntry
    {
        $started = microtime(true);
        /** @var Server $server */
        $server = Server::query()->findOrFail($change->serverId);
        $record = fn (string $outcome, ?string $error = null) => $this->log->record($trigger, $customerId, $user->id, $server->id, $change->action, $change->before, $change->after, $outcome, $error, $started);

        if ($change->action === PlannedChange::GRANT && ($conflict = $this->conflict($user, $server))) {
            return $record(LogEntry::OUTCOME_CONFLICT, $conflict);
        }

        $quietly = fn (callable $write) => $sendEmails ? $write() : Subuser::withoutEvents($write);
        $grant = Grant::query()->where('user_id', $user->id)->where('server_id', $server->id)->first();

        $this->db->transaction(function () use ($change, $user, $server, $quietly, &$grant) {
            match ($change->action) {
                PlannedChange::GRANT => $grant = $this->grant($user, $server, $change->after, $quietly, $grant),
                PlannedChange::UPDATE => $quietly(fn () => Subuser::query()->whereKey($grant->subuser_id)->firstOrFail()->forceFill(['permissions' => $change->after])->save()),
                PlannedChange::REVOKE => $quietly(fn () => Subuser::query()->whereKey($grant->subuser_id)->first()?->delete()),
            };
            if ($change->action !== PlannedChange::GRANT) {
                $grant->forceFill(['permissions' => $change->after, 'subuser_id' => $change->action === PlannedChange::REVOKE ? null : $grant->subuser_id, 'applied_at' => CarbonImmutable::now()]);
                $this->revocations->owe($grant);
            }
        });
        $this->activity($change, $user, $server);

        return $record(LogEntry::OUTCOME_OK);
    }

    private function conflict(User $user, Server $server): ?string
    {
        if ($server->owner_id === $user->id) {
            return 'The subscriber owns this server, so they cannot be its subuser.';
        }
        if (Subuser::query()->where('user_id', $user->id)->where('server_id', $server->id)->exists()) {
            return 'A subuser row Tiergate did not make already exists here; it was left untouched.';
        }

        return null;
    }

    /** @param string[] $permissions */
    private function grant(User $user, Server $server, array $permissions, callable $quietly, ?Grant $previous): Grant
    {
        $subuser = $quietly(fn () => Subuser::query()->create(['user_id' => $user->id, 'server_id' => $server->id, 'permissions' => $permissions]));
        $attributes = ['subuser_id' => $subuser->id, 'permissions' => $permissions, 'applied_at' => CarbonImmutable::now()];

        if ($previous !== null) {
            $previous->forceFill($attributes)->save();

            return $previous;
        }

        /** @var Grant $grant */
        $grant = Grant::query()->create($attributes + ['user_id' => $user->id, 'server_id' => $server->id]);

        return $grant;
    }

    /** The panel's activity feed entry for one change; SubuserBatchGrantService writes the same through PanelActivityBatch. */
    public function activity(PlannedChange $change, User $user, Server $server): void
    {
        try {
            // Unguarded, as in ActivityLogShape: no information_schema read for the columns of activity_logs.
            Model::unguarded(fn () => Activity::event(self::activityEvent($change->action))->subject($user, $server)->property(self::activityProperties($change, $server))->log());
        } catch (\Throwable $e) {
            if (DeadlockRetry::isDeadlock($e)) {
                throw $e; // the server rolled the whole transaction back: the reconcile starts over
            }
            report($e); // the activity feed is a courtesy; the grant itself stands
        }
    }

    public static function activityEvent(string $action): string
    {
        return ['grant' => 'tiergate:access.granted', 'update' => 'tiergate:access.updated', 'revoke' => 'tiergate:access.revoked'][$action];
    }

    /** @return array{server: string, permissions: string[]} */
    public static function activityProperties(PlannedChange $change, Server $server): array
    {
        return ['server' => $server->uuid, 'permissions' => $change->after];
    }
}
