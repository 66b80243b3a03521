<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine;

use Carbon\CarbonImmutable;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\GameStep;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\Template;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Account;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\GamePlayer;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\LogEntry;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\GameDesired;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\GamePlanner;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\ServerFacts;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\Trigger;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\SubscriptionState;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\ProvisioningLog;

/**
 * The in-game half of a reconcile, inside its transaction: desired effects (the player's name, the admin's
 * correction of it, the templates' actions) against the applied ones, each step recorded as applied and its
 * command queued. Nothing is sent here; GameCommandDelivery sends after the commit. A command refused as unsafe
 * is logged as a conflict for its server and nothing is queued for it.
 */
class GameAccessApplier
{
    public function __construct(private AppliedGameEffects $applied, private GameCommandQueue $queue, private ProvisioningLog $log)
    {
    }

    /**
     * The player's name as Tiergate uses it: the newest one the payload carried, unless an admin's correction wins.
     *
     * @param SubscriptionState[] $states
     */
    public static function player(array $states, ?Account $account): ?string
    {
        return GamePlayer::effective(GamePlayer::fromPayload($states), $account?->game_username_override, $account?->game_username_override_base);
    }

    /**
     * @param SubscriptionState[] $states
     * @param array{byProduct: array<string, Template>, byKey: array<string, Template>} $catalogue
     * @param ServerFacts[] $servers
     *
     * @return array{steps: GameStep[], outcomes: array<int, string>} the steps taken; server id → conflict for refusals
     */
    public function apply(string $customerId, ?Account $account, array $states, array $catalogue, array $servers, Trigger $trigger, CarbonImmutable $now): array
    {
        ['effects' => $desired, 'refused' => $refused] = GameDesired::for($states, $catalogue['byProduct'], $catalogue['byKey'], $servers, self::player($states, $account));
        $steps = GamePlanner::plan($desired, $this->applied->read($customerId));
        foreach ($steps as $step) {
            $this->applied->record($customerId, $step, $now);
            $this->queue->enqueue($customerId, $step, $now);
        }

        // One standing condition per server, so a reconcile that meets the same refusals again logs nothing new.
        $reasons = [];
        foreach ($refused as $refusal) {
            $reasons[$refusal->serverUuid][] = "{$refusal->templateKey} \"{$refusal->label}\": {$refusal->reason}";
        }
        $outcomes = [];
        $ids = array_column(array_map(fn (ServerFacts $s) => [$s->uuid, $s->id], $servers), 1, 0);
        foreach ($reasons as $uuid => $lines) {
            $serverId = $ids[$uuid];
            $this->log->record($trigger, $customerId, $account?->user_id, $serverId, 'game_command_refused', null, null, LogEntry::OUTCOME_CONFLICT, implode(' ', array_unique($lines)) . ' Nothing was sent.');
            $outcomes[$serverId] = LogEntry::OUTCOME_CONFLICT;
        }

        return ['steps' => $steps, 'outcomes' => $outcomes];
    }
}
