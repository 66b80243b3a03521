<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel;

use Illuminate\Support\Facades\Password;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Account;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Exceptions\SubscriberActionRefusedException;

/** Sends the panel's own password-setup email again to an account Tiergate created; returns the address. */
class SetupEmailResendService
{
    public function handle(string $customerId): string
    {
        $account = Account::query()->with('user')->where('customer_id', $customerId)->first()
            ?? throw new SubscriberActionRefusedException('This subscriber has no panel account yet.');
        if (!$account->created_by_tiergate) {
            throw new SubscriberActionRefusedException('This account existed before Tiergate linked it; its owner can use "forgot password" on the login page.');
        }
        $status = Password::broker()->sendResetLink(['email' => $account->user->email]);
        if ($status === Password::RESET_THROTTLED) {
            throw new SubscriberActionRefusedException('A setup link went to this address less than a minute ago; wait a minute before sending another.');
        }
        if ($status !== Password::RESET_LINK_SENT) {
            throw new SubscriberActionRefusedException("The panel did not send the email ({$status}).");
        }

        return $account->user->email;
    }
}
