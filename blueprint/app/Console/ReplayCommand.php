<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Console;

use Illuminate\Console\Command;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\InboxEvent;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\Trigger;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\SubscriberReconciliationService;

/**
 * `tiergate:replay {event}`: processes a stored event again. State is a function of all stored events, so a
 * replay is a reconcile of that event's customer; it can never apply the event twice.
 */
class ReplayCommand
{
    public function __construct(private SubscriberReconciliationService $service)
    {
    }

    public function handle(Command $command): void
    {
        $needle = (string) $command->argument('event');
        $event = InboxEvent::query()->where('webhook_id', $needle)->orWhere('id', ctype_digit($needle) ? (int) $needle : 0)->first();
        if ($event === null || $event->customer_id === null) {
            throw new \InvalidArgumentException("No stored event \"{$needle}\" (give its webhook id or inbox id).");
        }

        $result = $this->service->handle($event->customer_id, Trigger::event($event->webhook_id));
        $command->info(sprintf('Replayed %s (%s) for customer %s: %d change(s).', $event->webhook_id, $event->type, $event->customer_id, count($result->plan)));
    }
}
