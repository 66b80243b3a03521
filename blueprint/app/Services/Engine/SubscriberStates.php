<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine;

use Carbon\CarbonImmutable;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\Event;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\Lifecycle;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\InboxEvent;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Settings\Settings;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\AdminOverride;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\SubscriptionState;

/** Loads every stored event of one customer and folds each of their subscriptions. */
class SubscriberStates
{
    public function __construct(private Settings $settings)
    {
    }

    /** @return array<string, SubscriptionState> subscription id → state, the most recently heard-of last */
    public function for(string $customerId, CarbonImmutable $now): array
    {
        return $this->read($customerId, $now)['states'];
    }

    /**
     * The states, and the inbox ids of the events folded into them that were not processed yet: a reconcile marks
     * exactly those processed, never an event stored while it ran (received earlier, committed after this read).
     *
     * @return array{states: array<string, SubscriptionState>, unprocessed: int[]}
     */
    public function read(string $customerId, CarbonImmutable $now): array
    {
        $override = AdminOverride::query()->where('customer_id', $customerId)->first()?->toCore();
        $graceDays = (int) $this->settings->get(Settings::GRACE_DAYS);

        $bySubscription = [];
        $unprocessed = [];
        InboxEvent::query()
            ->where('customer_id', $customerId)
            ->where('type', '!=', 'ping')
            ->orderBy('id')
            ->get(['id', 'webhook_id', 'subscription_id', 'canonical', 'processed_at'])
            ->each(function (InboxEvent $row) use (&$bySubscription, &$unprocessed) {
                $events = $bySubscription[$row->subscription_id] ?? [];
                unset($bySubscription[$row->subscription_id]); // re-append: last heard-of goes last
                $bySubscription[$row->subscription_id] = [...$events, Event::fromCanonical($row->webhook_id, $row->canonical)];
                if ($row->processed_at === null) {
                    $unprocessed[] = (int) $row->id;
                }
            });

        return [
            'states' => array_map(fn (array $events) => Lifecycle::fold($events, $now->toDateTimeImmutable(), $graceDays, $override), $bySubscription),
            'unprocessed' => $unprocessed,
        ];
    }
}
