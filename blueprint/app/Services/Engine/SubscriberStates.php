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
        $override = AdminOverride::query()->where('customer_id', $customerId)->first()?->toCore();
        $graceDays = (int) $this->settings->get(Settings::GRACE_DAYS);

        $bySubscription = [];
        InboxEvent::query()
            ->where('customer_id', $customerId)
            ->where('type', '!=', 'ping')
            ->orderBy('id')
            ->get(['webhook_id', 'subscription_id', 'canonical'])
            ->each(function (InboxEvent $row) use (&$bySubscription) {
                $events = $bySubscription[$row->subscription_id] ?? [];
                unset($bySubscription[$row->subscription_id]); // re-append: last heard-of goes last
                $bySubscription[$row->subscription_id] = [...$events, Event::fromCanonical($row->webhook_id, $row->canonical)];
            });

        return array_map(fn (array $events) => Lifecycle::fold($events, $now->toDateTimeImmutable(), $graceDays, $override), $bySubscription);
    }
}
