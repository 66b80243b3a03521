<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine;

use Carbon\CarbonImmutable;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Account;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\GamePlayer;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\LogEntry;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Settings\Settings;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\Trigger;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Contract\GameUsernamePattern;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\ProvisioningLog;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Exceptions\InvalidGameUsernameException;

/**
 * An admin sets or corrects a subscriber's in-game name (null clears the correction), then the subscriber is
 * reconciled at once: a changed name revokes under the old one and grants under the new. The correction is
 * remembered with the name the payload had then, and wins until the payload sends a different one.
 */
class GameNameOverrideService
{
    public function __construct(
        private SubscriberReconciliationService $reconcile,
        private SubscriberStates $states,
        private Settings $settings,
        private ProvisioningLog $log,
    ) {
    }

    /**
     * @param string $actor who: `user:<id>` for a panel admin, otherwise the command's name
     *
     * @throws InvalidGameUsernameException the name is refused by the pattern setting or could break a console command
     * @throws \InvalidArgumentException the subscriber has no panel account yet
     */
    public function set(string $customerId, ?string $name, string $actor): void
    {
        if ($name !== null) {
            $refusal = GameUsernamePattern::of($this->settings->get(Settings::GAME_USERNAME_PATTERN))->refusal($name);
            if ($refusal !== null) {
                throw new InvalidGameUsernameException($refusal);
            }
        }
        $account = Account::query()->where('customer_id', $customerId)->first();
        if ($account === null) {
            throw new \InvalidArgumentException("Subscriber \"{$customerId}\" has no panel account yet; set the in-game name once it has one.");
        }

        $payload = GamePlayer::fromPayload(array_values($this->states->for($customerId, CarbonImmutable::now())));
        $account->forceFill(['game_username_override' => $name, 'game_username_override_base' => $name === null ? null : $payload])->save();
        $trigger = preg_match('/^user:(\d+)$/', $actor, $m) === 1 ? Trigger::admin((int) $m[1]) : Trigger::command($actor);
        $this->log->record($trigger, $customerId, $account->user_id, null, 'game_name_set', null, null, LogEntry::OUTCOME_OK, $name === null
            ? 'The in-game name correction was removed; the name from billing (' . ($payload ?? 'none') . ') applies.'
            : "The in-game name was set to {$name} (billing says " . ($payload ?? 'none') . ').');

        $this->reconcile->handle($customerId, $trigger);
    }
}
