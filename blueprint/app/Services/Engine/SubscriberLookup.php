<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine;

use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\InboxEvent;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Subscription;

/** Turns what an admin types (customer id, subscription id or email) into a customer id. */
class SubscriberLookup
{
    public function customerId(string $needle): string
    {
        $found = Subscription::query()
            ->where('customer_id', $needle)
            ->orWhere('subscription_id', $needle)
            ->orWhereRaw('LOWER(customer_email) = ?', [strtolower($needle)])
            ->value('customer_id')
            ?? InboxEvent::query()->where('customer_id', $needle)->orWhere('subscription_id', $needle)->value('customer_id');

        if ($found === null) {
            throw new \InvalidArgumentException("No subscriber matches \"{$needle}\" (try a Paymenter customer id, subscription id or email).");
        }

        return $found;
    }

    /** @return string[] every customer Tiergate has heard of */
    public function all(): array
    {
        return InboxEvent::query()->whereNotNull('customer_id')->distinct()->orderBy('customer_id')->pluck('customer_id')->all();
    }
}
