<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Jobs;

use Illuminate\Bus\Queueable;
use Illuminate\Queue\InteractsWithQueue;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Foundation\Bus\Dispatchable;
use Illuminate\Contracts\Queue\ShouldBeUnique;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Exceptions\SubscriberBusyException;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\SubscriberReconciliationService;

/**
 * Retries one subscriber's Wings calls whose backoff has run out, queued by tiergate:tick: the token revocations Wings
 * could not take, or the in-game commands for a server that was offline. Not retried itself: the pending rows keep
 * their next attempt time and the next tick queues it again. One per subscriber and kind at a time.
 */
class RetryPendingWingsCalls implements ShouldQueue, ShouldBeUnique
{
    use Dispatchable;
    use InteractsWithQueue;
    use Queueable;

    public const TOKEN_REVOCATIONS = 'token_revocations';

    public const GAME_COMMANDS = 'game_commands';

    public int $tries = 1;

    public int $timeout = 300;

    public int $uniqueFor = 300;

    /** @param self::TOKEN_REVOCATIONS|self::GAME_COMMANDS $kind */
    public function __construct(public readonly string $customerId, public readonly string $kind)
    {
        $this->onQueue('high');
    }

    public function uniqueId(): string
    {
        return "{$this->kind}:{$this->customerId}";
    }

    public function handle(SubscriberReconciliationService $service): void
    {
        try {
            $this->kind === self::GAME_COMMANDS
                ? $service->retryGameCommands($this->customerId)
                : $service->retryRevocations($this->customerId);
        } catch (SubscriberBusyException) {
            // A reconcile of this subscriber is running, and it sends their pending calls itself.
        }
    }
}
