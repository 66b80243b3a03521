<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel;

use Pterodactyl\Models\Server;
use Pterodactyl\Models\Subuser;
use Pterodactyl\Services\Users\UserDeletionService;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Grant;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Account;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\StateCause;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\LogEntry;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Settings\Settings;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\Trigger;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\SubscriptionState;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\ProvisioningLog;

/**
 * The opt-in "delete the account when its last subscription is terminated". Only ever an account Tiergate
 * created, that owns no server and holds no access anyone else gave it; through the panel's own deletion service.
 */
class AccountRetirementService
{
    public function __construct(private Settings $settings, private UserDeletionService $deletion, private TransactionGuard $guard, private ProvisioningLog $log)
    {
    }

    /**
     * The opt-in is on, the account is Tiergate's and every subscription is terminated: checked before a transaction is opened.
     *
     * @param SubscriptionState[] $states
     */
    public function mayBeDue(Account $account, array $states): bool
    {
        $terminated = array_filter($states, fn (SubscriptionState $s) => $s->cause === StateCause::Terminated);

        return $this->settings->get(Settings::DELETE_ACCOUNTS) && $account->created_by_tiergate && count($terminated) === count($states);
    }

    /** @param SubscriptionState[] $states */
    public function retireIfDue(Account $account, array $states, Trigger $trigger): bool
    {
        if (!$this->mayBeDue($account, $states)) {
            return false;
        }
        $userId = $account->user_id;
        if (Grant::query()->where('user_id', $userId)->exists() // still ours to revoke, e.g. a token revocation pending
            || Server::query()->where('owner_id', $userId)->exists()
            || Subuser::query()->where('user_id', $userId)->exists()) {
            return false;
        }

        $started = microtime(true);
        $this->guard->run(fn () => $this->deletion->handle($account->user));
        $this->log->record($trigger, $account->customer_id, $userId, null, 'account.delete', ['email' => $account->user->email], null, LogEntry::OUTCOME_OK, null, $started);

        return true;
    }
}
