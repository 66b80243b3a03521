<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Queries;

use Illuminate\Support\Facades\DB;

/** How the CLI names a subscriber: the customer id with the newest email Paymenter sent, e.g. `cus_12 <sam@example.com>`. */
class SubscriberLabels
{
    /** @var array<string, string> */
    private array $emails = [];

    /** @param string[] $customerIds looked up in one query */
    public function load(array $customerIds): void
    {
        foreach (array_chunk(array_values(array_unique($customerIds)), 1000) as $chunk) {
            $this->emails = DB::table('tiergate_subscriptions')->whereIn('customer_id', $chunk)->whereNotNull('customer_email')
                ->orderBy('id')->pluck('customer_email', 'customer_id')->all() + $this->emails;
        }
    }

    public function of(string $customerId): string
    {
        if (!array_key_exists($customerId, $this->emails)) {
            $this->load([$customerId]);
            $this->emails[$customerId] ??= null;
        }

        return $this->emails[$customerId] === null ? $customerId : "{$customerId} <{$this->emails[$customerId]}>";
    }

    /** @return array<string, string> customer id → the reason of the last failure, for those that need attention or retry */
    public function failing(): array
    {
        return DB::table('tiergate_subscriptions')->whereNotNull('last_error')->orderBy('id')->pluck('last_error', 'customer_id')->all();
    }
}
