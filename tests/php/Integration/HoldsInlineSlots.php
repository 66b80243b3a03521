<?php

namespace Tiergate\Tests\Integration;

use Pterodactyl\BlueprintFramework\Extensions\tiergate\Webhooks\InlineReconcileSlots;

/** Takes every inline reconcile slot, as busy php-fpm children would; the caller releases them. */
trait HoldsInlineSlots
{
    /** @return \Closure[] the releases */
    private function takeEverySlot(): array
    {
        $held = [];
        while (($release = app(InlineReconcileSlots::class)->tryAcquire()) !== null) {
            $held[] = $release;
        }

        return $held;
    }
}
