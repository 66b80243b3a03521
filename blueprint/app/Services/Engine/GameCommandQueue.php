<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine;

use Carbon\CarbonImmutable;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\GameStep;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\GameCommand;

/**
 * The ordered queue of console commands. A step's command is queued in the same transaction that records the
 * step as applied, so a command is never lost and never queued twice; GameCommandDelivery sends it after commit.
 */
class GameCommandQueue
{
    /** Inside the apply transaction; a step whose action has no command for it queues nothing. */
    public function enqueue(string $customerId, GameStep $step, CarbonImmutable $now): ?GameCommand
    {
        $command = $step->command();
        if ($command === null) {
            return null;
        }

        $row = new GameCommand([
            'customer_id' => $customerId,
            'server_uuid' => $step->effect->serverUuid,
            'server_name' => mb_substr($step->effect->serverName, 0, 191),
            'kind' => $step->kind,
            'command' => $command,
            'status' => GameCommand::PENDING,
            'attempts' => 0,
            'next_attempt_at' => $now,
            'created_at' => $now,
        ]);
        $row->save();

        return $row;
    }

    /** @return string[] customers with a pending command whose retry is due */
    public function customersDue(CarbonImmutable $now): array
    {
        return GameCommand::query()->where('status', GameCommand::PENDING)
            ->where(fn ($q) => $q->whereNull('next_attempt_at')->orWhere('next_attempt_at', '<=', $now))
            ->distinct()->pluck('customer_id')->all();
    }
}
