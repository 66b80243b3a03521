<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel;

use Pterodactyl\Models\User;
use Pterodactyl\Services\Users\UserUpdateService;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Account;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\LogEntry;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\Trigger;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\SubscriptionState;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\ProvisioningLog;

/** A customer's new email follows onto the panel account, but only onto an account Tiergate created. */
class EmailFollower
{
    public function __construct(private UserUpdateService $updates, private TransactionGuard $guard, private ProvisioningLog $log)
    {
    }

    public function follow(Account $account, SubscriptionState $latest, Trigger $trigger): void
    {
        $user = $account->user;
        if (strcasecmp($user->email, $latest->customerEmail) === 0) {
            return;
        }
        $started = microtime(true);
        $before = ['email' => $user->email];
        if (!$account->created_by_tiergate) {
            $this->log->record($trigger, $account->customer_id, $user->id, null, 'email.update', $before, ['email' => $latest->customerEmail], LogEntry::OUTCOME_CONFLICT, 'The account was not created by Tiergate, so its email is left as it is.', $started);

            return;
        }
        // The panel's own unique rule compares under the column's collation, so this asks exactly what it would refuse.
        if (User::query()->where('email', $latest->customerEmail)->whereKeyNot($user->id)->exists()) {
            $this->log->record($trigger, $account->customer_id, $user->id, null, 'email.update', $before, ['email' => $latest->customerEmail], LogEntry::OUTCOME_CONFLICT, 'Another panel account already uses the new email.', $started);

            return;
        }

        $this->guard->run(fn () => $this->updates->handle($user, ['email' => $latest->customerEmail]));
        $this->log->record($trigger, $account->customer_id, $user->id, null, 'email.update', $before, ['email' => $latest->customerEmail], LogEntry::OUTCOME_OK, null, $started);
    }
}
