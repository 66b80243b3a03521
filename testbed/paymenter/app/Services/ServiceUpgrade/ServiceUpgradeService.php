<?php

namespace App\Services\ServiceUpgrade;

use App\Jobs\Server\UpgradeJob;
use App\Models\ServiceUpgrade;
use Illuminate\Support\Facades\DB;

/**
 * As Paymenter's, in its order of writes: the old product is loaded (its stock) before product_id changes, so
 * the model that Service\Updated carries still holds the old product relation; UpgradeJob is queued at the end.
 */
class ServiceUpgradeService
{
    public function handle(ServiceUpgrade $serviceUpgrade)
    {
        return DB::transaction(function () use ($serviceUpgrade) {
            $serviceUpgrade->status = ServiceUpgrade::STATUS_COMPLETED;
            $serviceUpgrade->save();

            $service = $serviceUpgrade->service;
            if ($service->product->stock !== null) {
                $service->product->increment('stock', $service->quantity);
            }

            $service->plan_id = $serviceUpgrade->plan_id;
            $service->product_id = $serviceUpgrade->product_id;
            $service->save();

            $service->refresh();
            if ($service->product->stock !== null) {
                $service->product->decrement('stock', $service->quantity);
            }

            $service->price = $serviceUpgrade->price ?? $service->price;
            $service->save();

            if ($service->product->server) {
                UpgradeJob::dispatch($service);
            }
        });
    }
}
