<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Templates;

use Illuminate\Database\ConnectionInterface;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\RoleTemplate;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Subscription;

/** Deletes a template; its products become unmapped and their subscribers lose that access on the next reconcile. */
class TemplateDeletionService
{
    public function __construct(private ConnectionInterface $db, private AccessChangeNotifier $notifier)
    {
    }

    public function handle(RoleTemplate $template): void
    {
        $products = $template->products()->getQuery()->pluck('product_key')->all();
        $this->db->transaction(fn () => $template->delete());
        foreach ($products as $product) {
            $this->notifier->productChanged($product);
        }
        // Subscribers whose payload tier named this template directly.
        Subscription::query()->where('template_key', $template->key)->distinct()->pluck('product_key')
            ->each(fn (?string $product) => $product && $this->notifier->productChanged($product));
    }
}
