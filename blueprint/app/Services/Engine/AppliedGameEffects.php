<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine;

use Carbon\CarbonImmutable;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\GameStep;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\GameEffect;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\GameApplied;

/**
 * The "applied" side of the in-game plan: the effects Tiergate has put in place for a customer. An effect counts
 * as applied once its grant command is queued, so a command waiting for an offline server is never queued twice.
 */
class AppliedGameEffects
{
    /** @return array<string, GameEffect> by slot, in the order they were applied */
    public function read(string $customerId): array
    {
        $effects = [];
        foreach (GameApplied::query()->where('customer_id', $customerId)->orderBy('id')->get() as $row) {
            $effect = $row->toCore();
            $effects[$effect->slot()] = $effect;
        }

        return $effects;
    }

    /** Inside the apply transaction. */
    public function record(string $customerId, GameStep $step, CarbonImmutable $now): void
    {
        $effect = $step->effect;
        $slot = ['customer_id' => $customerId, 'server_uuid' => $effect->serverUuid, 'action_key' => $effect->key()];
        if ($step->kind === GameStep::REVOKE) {
            GameApplied::query()->where('customer_id', $customerId)
                ->where('server_uuid', $effect->serverUuid)->where('action_key', $effect->key())->delete();

            return;
        }
        GameApplied::query()->create($slot + [
            'server_name' => mb_substr($effect->serverName, 0, 191),
            'template_key' => $effect->templateKey,
            'label' => mb_substr($effect->label, 0, 191),
            'player' => $effect->player,
            'command_granted' => $effect->grant,
            'command_revoke' => $effect->revoke,
            'applied_at' => $now,
        ]);
    }
}
