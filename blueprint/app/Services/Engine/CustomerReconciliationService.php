<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine;

use Carbon\CarbonImmutable;
use Illuminate\Contracts\Cache\Repository as Cache;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\DesiredAccess;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\PlannedChange;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\Planner;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\SubscriptionState;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Exceptions\AccountBelongsToAnotherCustomerException;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\InboxEvent;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\LogEntry;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel\AccountResolver;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel\AccountRetirementService;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel\EmailFollower;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel\ProvisioningLog;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel\SubuserGrantService;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Settings\Settings;
use Pterodactyl\Models\User;

/**
 * Makes one customer's panel access match their stored events: fold → desired → plan → apply, under a lock
 * per customer so two workers never interleave their changes. Running it twice changes nothing the second time.
 */
class CustomerReconciliationService
{
    public function __construct(
        private Cache $cache,
        private Settings $settings,
        private SubscriberStates $states,
        private TemplateCatalogue $templates,
        private ServerCatalogue $servers,
        private AppliedGrants $applied,
        private AccountResolver $accounts,
        private EmailFollower $emails,
        private SubuserGrantService $grants,
        private SubscriptionProjector $projector,
        private ProvisioningLog $log,
        private AccountRetirementService $retirement,
    ) {
    }

    public function handle(string $customerId, Trigger $trigger, bool $dryRun = false): ReconcileResult
    {
        return $this->cache->lock('tiergate:reconcile:' . sha1($customerId), 300)
            ->block(120, fn () => DeadlockRetry::run(fn () => $this->reconcile($customerId, $trigger, $dryRun)));
    }

    private function reconcile(string $customerId, Trigger $trigger, bool $dryRun): ReconcileResult
    {
        $now = CarbonImmutable::now();
        $states = $this->states->for($customerId, $now);
        if ($states === []) {
            return new ReconcileResult($customerId, null, []);
        }

        $catalogue = $this->templates->load();
        $desired = DesiredAccess::for(array_values($states), $catalogue['byProduct'], $catalogue['byKey'], $this->servers->all());
        $latest = $this->latest($states);

        try {
            $account = $desired === [] || $dryRun ? $this->accounts->find($customerId) : $this->accounts->findOrCreate($latest);
        } catch (AccountBelongsToAnotherCustomerException $e) {
            // Not retried: nothing will change until a person does. Shown as a conflict that needs attention.
            $this->log->record($trigger, $customerId, null, null, 'account.link', null, null, LogEntry::OUTCOME_CONFLICT, $e->getMessage());
            $this->projector->project($states, $catalogue, null, [0 => LogEntry::OUTCOME_CONFLICT], $now);

            return new ReconcileResult($customerId, null, []);
        }
        $applied = $account ? $this->applied->for($account->user_id) : [];
        $plan = Planner::plan($desired, $applied);
        if ($dryRun) {
            return new ReconcileResult($customerId, $account?->user_id, $plan);
        }

        $outcomes = [];
        if ($account !== null) {
            $this->emails->follow($account, $latest, $trigger);
            $this->grants->retryPendingRevocations($account->user);
            $sendEmails = (bool) $this->settings->get(Settings::EMAILS_PER_SERVER);
            foreach ($plan as $change) {
                $outcomes[$change->serverId] = $this->applyOne($change, $account->user, $customerId, $trigger, $sendEmails);
            }
        }

        $retired = $account !== null && !in_array(LogEntry::OUTCOME_FAILED, $outcomes, true) && $this->retirement->retireIfDue($account, $states, $trigger);
        $this->projector->project($states, $catalogue, $retired ? null : $account?->user_id, $outcomes, $now);
        InboxEvent::query()->where('customer_id', $customerId)->whereNull('processed_at')->where('received_at', '<=', $now)->update(['processed_at' => $now]);

        return new ReconcileResult($customerId, $account?->user_id, $plan, $outcomes);
    }

    private function applyOne(PlannedChange $change, User $user, string $customerId, Trigger $trigger, bool $sendEmails): string
    {
        $started = microtime(true);
        try {
            return DeadlockRetry::run(fn () => $this->grants->apply($change, $user, $customerId, $trigger, $sendEmails));
        } catch (\Throwable $e) {
            report($e);
            $this->log->record($trigger, $customerId, $user->id, $change->serverId, $change->action, $change->before, $change->after, LogEntry::OUTCOME_FAILED, $e->getMessage(), $started);

            return LogEntry::OUTCOME_FAILED;
        }
    }

    /** The subscription whose snapshot is newest names the customer's current email and name. */
    private function latest(array $states): SubscriptionState
    {
        return end($states);
    }
}
