<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Templates;

use Illuminate\Database\Eloquent\Builder;
use Illuminate\Database\Query\Builder as QueryBuilder;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\RoleTemplate;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Subscription;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\Trigger;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Jobs\ReconcileSubscriber;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\SubscriberWaker;

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
        $products = $template->products()->getQuery()->pluck('product_key')->all();
        $this->queue(Subscription::query()->whereIn('product_key', $products)->orWhere('template_key', $template->key)->orWhere('product_key', $template->key));
    }

    public function productChanged(string $productKey): void
    {
        $this->queue(Subscription::query()->where('product_key', $productKey));
    }

    /** @param Builder|QueryBuilder $query an Eloquent builder; PHPStan sees the forwarded whereIn() as the query one */
    private function queue(Builder|QueryBuilder $query): void
    {
        $customers = $query->distinct()->pluck('customer_id');
        foreach ($customers as $customerId) {
            $trigger = Trigger::schedule('configuration change');
            $customers->count() <= self::AT_ONCE ? $this->waker->wake($customerId, $trigger) : ReconcileSubscriber::dispatch($customerId, $trigger);
        }
    }
}
