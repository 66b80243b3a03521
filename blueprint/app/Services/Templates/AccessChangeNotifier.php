<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Templates;

use Pterodactyl\BlueprintFramework\Extensions\tiergate\Jobs\ReconcileCustomer;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Jobs\SubscriberWaker;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\RoleTemplate;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Subscription;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\Trigger;

/**
 * After a template or mapping changes, reconciles every subscriber it can affect: a few at once, right after
 * the admin's request (as for a webhook event); a large batch on the queue.
 */
class AccessChangeNotifier
{
    private const AT_ONCE = 25;

    public function __construct(private SubscriberWaker $waker)
    {
    }

    public function templateChanged(RoleTemplate $template): void
    {
        $products = $template->products()->pluck('product_key')->all();
        $this->queue(Subscription::query()->whereIn('product_key', $products)->orWhere('template_key', $template->key)->orWhere('product_key', $template->key));
    }

    public function productChanged(string $productKey): void
    {
        $this->queue(Subscription::query()->where('product_key', $productKey));
    }

    private function queue($query): void
    {
        $customers = $query->distinct()->pluck('customer_id');
        foreach ($customers as $customerId) {
            $trigger = Trigger::schedule('configuration change');
            $customers->count() <= self::AT_ONCE ? $this->waker->wake($customerId, $trigger) : ReconcileCustomer::dispatch($customerId, $trigger);
        }
    }
}
