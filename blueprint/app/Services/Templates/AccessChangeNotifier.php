<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Templates;

use Pterodactyl\BlueprintFramework\Extensions\tiergate\Jobs\ReconcileCustomer;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\RoleTemplate;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Subscription;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\Trigger;

/** After a template or mapping changes, queues a reconcile for every subscriber it can affect. */
class AccessChangeNotifier
{
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
        foreach ($query->distinct()->pluck('customer_id') as $customerId) {
            ReconcileCustomer::dispatch($customerId, Trigger::schedule('configuration change'));
        }
    }
}
