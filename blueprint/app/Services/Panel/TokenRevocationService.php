<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel;

use Carbon\CarbonImmutable;
use Pterodactyl\Models\Server;
use Illuminate\Contracts\Encryption\DecryptException;
use Pterodactyl\Repositories\Wings\DaemonServerRepository;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Grant;
use Pterodactyl\Exceptions\Http\Connection\DaemonConnectionException;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Account;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\LogEntry;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Subscription;

/**
 * The Wings side of a permission change: the user's tokens on that server are revoked, as the panel's own
 * SubuserController does. A change records the revocation it owes on its grant (in the apply transaction);
 * flush() makes the calls once that transaction has committed. A node that cannot be reached keeps the
 * revocation pending, retried with backoff by tiergate:tick and at the customer's next reconcile; one pending
 * for longer than an hour puts the subscriber on the "needs attention" list.
 */
class TokenRevocationService
{
    public const UNREACHABLE = 'Wings was unreachable; token revocation is pending and will be retried.';
    public const OVERDUE = 'A token revocation has been pending for over an hour: Wings is unreachable on a node.';
    private const FIRST_RETRY_SECONDS = 60;
    private const MAX_RETRY_SECONDS = 900;
    private const ATTENTION_AFTER_SECONDS = 3600;

    public function __construct(private DaemonServerRepository $daemon)
    {
    }

    /** Called inside the apply transaction: the grant owes a revocation, due now. */
    public function owe(Grant $grant): void
    {
        $grant->forceFill([
            'revocation_pending' => true,
            'revocation_pending_since' => $grant->revocation_pending_since ?? CarbonImmutable::now(),
            'revocation_next_at' => CarbonImmutable::now(),
        ])->save();
    }

    /** @return string[] customer ids with a revocation whose retry is due */
    public function customersDue(CarbonImmutable $now): array
    {
        return Account::query()
            ->whereIn('user_id', Grant::query()->where('revocation_pending', true)->where(fn ($q) => $q->whereNull('revocation_next_at')->orWhere('revocation_next_at', '<=', $now))->select('user_id'))
            ->pluck('customer_id')->all();
    }

    /**
     * Makes the owed calls to Wings; only after the changes that owe them are committed, under the customer's lock.
     *
     * @param array<int, LogEntry> $entries server id → this pass's log entry, told when its revocation has to wait
     *
     * @return int how many are still pending
     */
    public function flush(int $userId, bool $dueOnly = false, array $entries = []): int
    {
        $now = CarbonImmutable::now();
        $pending = Grant::query()->where('user_id', $userId)->where('revocation_pending', true)
            ->when($dueOnly, fn ($q) => $q->where(fn ($q) => $q->whereNull('revocation_next_at')->orWhere('revocation_next_at', '<=', $now)))
            ->orderBy('id')->get();
        if ($pending->isEmpty() && !$dueOnly) {
            // A reconcile's pass: nothing is owed, and its projection has just rewritten any overdue flag.
            return 0;
        }
        $servers = $pending->isEmpty() ? [] : Server::query()->whereIn('id', $pending->pluck('server_id'))->get()->keyBy('id');

        $unreachableNodes = [];
        $left = [];
        foreach ($pending as $grant) {
            $server = $servers[$grant->server_id];
            if (!isset($unreachableNodes[$server->node_id]) && $this->revoke($server, $userId)) {
                $this->done($grant);
                continue;
            }
            // One refused call marks the node down for the rest of this pass: no need to wait on it again.
            $unreachableNodes[$server->node_id] = true;
            $this->postpone($grant, $now);
            if (($entries[$grant->server_id] ?? null)?->exists && $entries[$grant->server_id]->outcome === LogEntry::OUTCOME_OK) {
                $entries[$grant->server_id]->forceFill(['error' => self::UNREACHABLE])->save();
            }
            $left[] = $grant;
        }
        // Without $dueOnly, what is left is every revocation this user still owes: no need to ask again.
        $this->flagOverdue($userId, $now, $dueOnly ? null : $this->anyOverdue($left, $now));

        return count($left);
    }

    private function revoke(Server $server, int $userId): bool
    {
        try {
            // setServer() is declared `: self` (DaemonRepository), which does not name revokeUserJTI().
            $this->daemon->setServer($server);
            $this->daemon->revokeUserJTI($userId);

            return true;
        } catch (DaemonConnectionException) {
            return false;
        } catch (DecryptException $e) {
            // The node's daemon token is stored under another APP_KEY (a dump restored elsewhere): the panel cannot
            // reach that node at all until an admin fixes it, so the revocation waits like one for a node that is down.
            report($e);

            return false;
        }
    }

    /** A grant whose row was removed existed only to remember the revocation; it goes with it. */
    private function done(Grant $grant): void
    {
        if ($grant->subuser_id === null) {
            Grant::query()->whereKey($grant->id)->whereNull('subuser_id')->delete();

            return;
        }
        Grant::query()->whereKey($grant->id)->update(['revocation_pending' => false, 'revocation_pending_since' => null, 'revocation_attempts' => 0, 'revocation_next_at' => null]);
    }

    /** 1, 2, 4, 8 minutes, then every 15. */
    private function postpone(Grant $grant, CarbonImmutable $now): void
    {
        $attempts = $grant->revocation_attempts + 1;
        $delay = min(self::MAX_RETRY_SECONDS, self::FIRST_RETRY_SECONDS * 2 ** min($attempts - 1, 10));
        Grant::query()->whereKey($grant->id)->update(['revocation_attempts' => $attempts, 'revocation_next_at' => $now->addSeconds($delay)]);
    }

    /** @param Grant[] $grants */
    private function anyOverdue(array $grants, CarbonImmutable $now): bool
    {
        $since = $now->subSeconds(self::ATTENTION_AFTER_SECONDS);

        return collect($grants)->contains(fn (Grant $grant) => $grant->revocation_pending_since !== null && $grant->revocation_pending_since <= $since);
    }

    /** @param bool|null $overdue null: read it */
    private function flagOverdue(int $userId, CarbonImmutable $now, ?bool $overdue): void
    {
        // The customer's id is read first: MariaDB runs a one-table UPDATE … WHERE customer_id IN (subquery) as a scan
        // of every subscription (10,101 rows examined per tier change on a bed of 10,000).
        $customerIds = Account::query()->where('user_id', $userId)->pluck('customer_id')->all();
        if ($customerIds === []) {
            return;
        }
        $overdue ??= Grant::query()->where('user_id', $userId)->where('revocation_pending', true)
            ->where('revocation_pending_since', '<=', $now->subSeconds(self::ATTENTION_AFTER_SECONDS))->exists();
        $subscriptions = Subscription::query()->whereIn('customer_id', $customerIds);
        if ($overdue) {
            $subscriptions->where('needs_attention', false)->update(['needs_attention' => true, 'last_error' => self::OVERDUE]);
        } else {
            $subscriptions->where('last_error', self::OVERDUE)->update(['needs_attention' => false, 'last_error' => null]);
        }
    }
}
