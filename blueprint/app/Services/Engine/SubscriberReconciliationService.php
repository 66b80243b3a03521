<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine;

use Carbon\CarbonImmutable;
use Pterodactyl\Models\User;
use Illuminate\Database\ConnectionInterface;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\Planner;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\Template;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Account;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\LogEntry;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\ServerFacts;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\InboxEvent;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Settings\Settings;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\DesiredAccess;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\PlannedChange;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\Trigger;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\SubscriptionState;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Mode\ApplyMode;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel\AccountMatch;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\ProvisioningLog;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel\EmailFollower;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel\AccountResolver;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Database\DeadlockRetry;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel\TransactionGuard;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Database\EmulatedPrepares;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel\SubuserGrantService;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel\TokenRevocationService;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel\AccountRetirementService;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel\SubuserBatchGrantService;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Exceptions\AccountNeedsAttentionException;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Notifications\AccessChangeRecorder;

/**
 * Makes one customer's panel access match their stored events: fold → desired → plan → apply, under a lock
 * per customer so two workers never interleave their changes. The whole plan is applied in one database
 * transaction, so no one ever sees part of it; Wings hears about revoked tokens and in-game console commands only
 * after it has committed.
 * Running it twice changes nothing the second time. A dry run only reads.
 */
class SubscriberReconciliationService
{
    public function __construct(
        private SubscriberLock $lock,
        private ConnectionInterface $db,
        private TransactionGuard $guard,
        private Settings $settings,
        private SubscriberStates $states,
        private ReconcileInputs $inputs,
        private AppliedGrants $applied,
        private AccountResolver $accounts,
        private EmailFollower $emails,
        private SubuserGrantService $grants,
        private SubuserBatchGrantService $batchGrants,
        private TokenRevocationService $revocations,
        private SubscriptionProjector $projector,
        private ProvisioningLog $log,
        private AccountRetirementService $retirement,
        private ApplyMode $mode,
        private GameAccessApplier $game,
        private GameCommandDelivery $gameCommands,
    ) {
    }

    /** @param bool $evenInShadow an admin's "apply this subscriber" during shadow mode (never while paused) */
    public function handle(string $customerId, Trigger $trigger, bool $dryRun = false, bool $evenInShadow = false): ReconcileResult
    {
        return EmulatedPrepares::during($this->db, fn () => $this->handleEmulated($customerId, $trigger, $dryRun, $evenInShadow));
    }

    private function handleEmulated(string $customerId, Trigger $trigger, bool $dryRun, bool $evenInShadow): ReconcileResult
    {
        if ($dryRun) {
            return $this->dryRun($customerId);
        }
        if ($this->mode->isPaused() || ($this->mode->isShadow() && !$evenInShadow)) {
            return $this->locked($customerId, fn () => $this->hold($customerId, $trigger));
        }

        return $this->locked($customerId, fn () => DeadlockRetry::run(fn () => $this->guard->run(fn () => $this->reconcile($customerId, $trigger))));
    }

    /** tiergate:tick's retry of token revocations Wings could not take, under the reconcile's lock. */
    public function retryRevocations(string $customerId): int
    {
        return EmulatedPrepares::during($this->db, fn () => $this->locked($customerId, function () use ($customerId) {
            $userId = $this->accounts->find($customerId)?->user_id;

            return $userId === null ? 0 : $this->revocations->flush($userId, dueOnly: true);
        }));
    }

    /** tiergate:tick's retry of in-game commands whose server was offline, under the reconcile's lock. */
    public function retryGameCommands(string $customerId): int
    {
        return EmulatedPrepares::during($this->db, fn () => $this->locked($customerId, fn () => $this->gameCommands->flush($customerId, Trigger::schedule('game command retry'), $this->accounts->find($customerId)?->user_id, dueOnly: true)));
    }

    private function locked(string $customerId, callable $work): mixed
    {
        return $this->lock->run($customerId, SubscriberLock::WAIT_SECONDS, $work);
    }

    /**
     * Shadow mode or a pause: the plan is computed and the subscription rows (Tiergate's own) follow the events, but
     * nothing of the panel is touched and the events stay waiting, so going live or unpausing applies them. In
     * shadow mode each change is logged as what Tiergate would do.
     */
    private function hold(string $customerId, Trigger $trigger): ReconcileResult
    {
        $now = CarbonImmutable::now();
        $states = $this->states->for($customerId, $now);
        if ($states === []) {
            return new ReconcileResult($customerId, null, []);
        }
        ['catalogue' => $catalogue, 'servers' => $servers] = $this->inputs->current();
        $result = $this->plan($customerId, $states, $catalogue, $servers);
        $outcome = $this->mode->isPaused() ? LogEntry::OUTCOME_PAUSED : LogEntry::OUTCOME_SHADOW;
        $outcomes = array_fill_keys(array_map(fn (PlannedChange $c) => $c->serverId, $result->plan), $outcome);
        $this->db->transaction(function () use ($states, $catalogue, $result, $trigger, $customerId, $now, $outcome, $outcomes) {
            if ($outcome === LogEntry::OUTCOME_SHADOW) {
                foreach ($result->plan as $change) {
                    $this->log->record($trigger, $customerId, $result->userId, $change->serverId, $change->action, $change->before, $change->after, $outcome);
                }
            }
            $this->projector->project($states, $catalogue, $result->userId, $outcomes, $now);
        });

        return new ReconcileResult($customerId, $result->userId, $result->plan, $outcomes);
    }

    private function dryRun(string $customerId): ReconcileResult
    {
        $states = $this->states->for($customerId, CarbonImmutable::now());

        if ($states === []) {
            return new ReconcileResult($customerId, null, []);
        }
        ['catalogue' => $catalogue, 'servers' => $servers] = $this->inputs->current();

        return $this->plan($customerId, $states, $catalogue, $servers);
    }

    /**
     * The plan against what Tiergate has applied, reading only: the dry run's and shadow mode's answer.
     *
     * @param array<string, SubscriptionState> $states
     * @param array{byProduct: array<string, Template>, byKey: array<string, Template>} $catalogue
     * @param ServerFacts[] $servers
     */
    private function plan(string $customerId, array $states, array $catalogue, array $servers): ReconcileResult
    {
        $desired = DesiredAccess::for(array_values($states), $catalogue['byProduct'], $catalogue['byKey'], $servers);
        $account = $this->accounts->find($customerId);
        $applied = $account ? $this->applied->read($account->user_id)['applied'] : [];

        return new ReconcileResult($customerId, $account?->user_id, Planner::plan($desired, $applied));
    }

    private function reconcile(string $customerId, Trigger $trigger): ReconcileResult
    {
        $now = CarbonImmutable::now();
        ['states' => $states, 'unprocessed' => $unprocessed] = $this->states->read($customerId, $now);
        if ($states === []) {
            return new ReconcileResult($customerId, null, []);
        }

        ['catalogue' => $catalogue, 'servers' => $servers] = $this->inputs->current();
        $desired = DesiredAccess::for(array_values($states), $catalogue['byProduct'], $catalogue['byKey'], $servers);
        $latest = $this->latest($states);

        try {
            // A new account is its own step: an account with no access yet shows nothing half-done, and the panel's
            // creation service mails the setup link as soon as it has committed. Linking an existing one is written
            // with the grants, in the same commit.
            $found = $desired === [] ? $this->accounts->find($customerId) : $this->guard->run(fn () => $this->accounts->findOrMatch($latest) ?? $this->accounts->createAndLink($latest));
            [$account, $plan, $entries, $owedBefore] = $this->db->transaction(function () use ($found, $customerId, $states, $unprocessed, $catalogue, $servers, $desired, $latest, $trigger, $now) {
                $account = $found instanceof AccountMatch ? $this->accounts->link($customerId, $found) : $found;

                return [$account, ...$this->apply($account, $customerId, $states, $unprocessed, $catalogue, $servers, $desired, $latest, $trigger, $now)];
            });
        } catch (AccountNeedsAttentionException $e) {
            // Not retried: nothing will change until a person does. Shown as a conflict that needs attention.
            $this->log->record($trigger, $customerId, null, null, 'account.link', null, null, LogEntry::OUTCOME_CONFLICT, $e->getMessage());
            $this->projector->project($states, $catalogue, null, [0 => LogEntry::OUTCOME_CONFLICT], $now, $e->getMessage());
            $this->markProcessed($unprocessed, $now);

            return new ReconcileResult($customerId, null, []);
        }
        $outcomes = array_map(fn (LogEntry $entry) => $entry->outcome, $entries);

        if ($account !== null) {
            // Only an update or a revoke makes a revocation owed; a first grant has no token to take back.
            if ($owedBefore || array_filter($plan, fn (PlannedChange $c) => $c->action !== PlannedChange::GRANT) !== []) {
                $this->revocations->flush($account->user_id, entries: $entries);
            }
            if (!in_array(LogEntry::OUTCOME_FAILED, $outcomes, true) && $this->retirement->mayBeDue($account, $states)) {
                $this->db->transaction(fn () => $this->retirement->retireIfDue($account, $states, $trigger));
            }
        }
        // Committed: the console commands the plan queued can go to Wings now; one that cannot stays pending.
        $this->gameCommands->flush($customerId, $trigger, $account?->user_id);

        return new ReconcileResult($customerId, $account?->user_id, $plan, $outcomes);
    }

    /**
     * Everything the panel and Tiergate's own tables should show for this customer, written as one transaction.
     *
     * @param array<string, SubscriptionState> $states
     * @param int[] $unprocessed the inbox ids of the events read that were not processed yet
     * @param array{byProduct: array<string, Template>, byKey: array<string, Template>} $catalogue
     * @param ServerFacts[] $servers
     * @param array<int, string[]> $desired server id → permissions
     *
     * @return array{0: PlannedChange[], 1: array<int, LogEntry>, 2: bool} the plan, its log rows, whether a token revocation was owed before
     */
    private function apply(?Account $account, string $customerId, array $states, array $unprocessed, array $catalogue, array $servers, array $desired, SubscriptionState $latest, Trigger $trigger, CarbonImmutable $now): array
    {
        $applied = [];
        $owedBefore = false;
        if ($account !== null) {
            ['applied' => $applied, 'stale' => $stale, 'owesRevocations' => $owedBefore] = $this->applied->read($account->user_id);
            $this->applied->forgetStale($stale);
        }
        $plan = Planner::plan($desired, $applied);

        $entries = [];
        if ($account !== null) {
            $this->emails->follow($account, $latest, $trigger);
            $sendEmails = (bool) $this->settings->get(Settings::EMAILS_PER_SERVER);
            // Per-server emails come from the panel's subuser observer, which only a row-by-row create fires.
            $batched = $sendEmails ? [] : $this->batchGrants->grant($plan, $account->user, $customerId, $trigger, $servers);
            foreach ($plan as $change) {
                $entries[$change->serverId] = $batched[$change->serverId] ?? $this->applyOne($change, $account->user, $customerId, $trigger, $sendEmails);
            }
        }

        $outcomes = array_map(fn (LogEntry $e) => $e->outcome, $entries);
        foreach ($this->game->apply($customerId, $account, array_values($states), $catalogue, $servers, $trigger, $now)['outcomes'] as $serverId => $outcome) {
            $outcomes[$serverId] = ($outcomes[$serverId] ?? null) === LogEntry::OUTCOME_FAILED ? LogEntry::OUTCOME_FAILED : $outcome;
        }
        $this->projector->project($states, $catalogue, $account?->user_id, $outcomes, $now, account: $account, accountRead: true);
        app(AccessChangeRecorder::class)->record($customerId, $states, $catalogue, $account, $now, $servers);
        $this->markProcessed($unprocessed, $now);

        return [$plan, $entries, $owedBefore];
    }

    /**
     * Exactly the events this reconcile read: one stored while it ran (received before its clock, committed after
     * its read) stays unprocessed, so its own wake, or the tick, applies it.
     *
     * @param int[] $eventIds
     */
    private function markProcessed(array $eventIds, CarbonImmutable $now): void
    {
        if ($eventIds !== []) {
            InboxEvent::query()->whereKey($eventIds)->whereNull('processed_at')->update(['processed_at' => $now]);
        }
    }

    /** One server that cannot be brought in line is logged as failed; the rest of the plan still applies. */
    private function applyOne(PlannedChange $change, User $user, string $customerId, Trigger $trigger, bool $sendEmails): LogEntry
    {
        $started = microtime(true);
        try {
            return $this->guard->run(fn () => $this->grants->apply($change, $user, $customerId, $trigger, $sendEmails));
        } catch (\Throwable $e) {
            if (DeadlockRetry::isDeadlock($e)) {
                throw $e; // the server rolled the whole transaction back: the reconcile starts over
            }
            report($e);

            return $this->log->record($trigger, $customerId, $user->id, $change->serverId, $change->action, $change->before, $change->after, LogEntry::OUTCOME_FAILED, $e->getMessage(), $started);
        }
    }

    /**
     * The subscription whose snapshot is newest names the customer's current email and name.
     *
     * @param non-empty-array<string, SubscriptionState> $states
     */
    private function latest(array $states): SubscriptionState
    {
        return end($states);
    }
}
