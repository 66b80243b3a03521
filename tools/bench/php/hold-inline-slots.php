<?php

// php hold-inline-slots.php <panel dir> <seconds>: takes every inline reconcile slot, as busy php-fpm children would,
// prints {"held": n} and keeps them for <seconds> (or until killed; the slots' TTL frees them then).
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Webhooks\InlineReconcileSlots;

require __DIR__ . '/boot.php';

$held = [];
while (($release = app(InlineReconcileSlots::class)->tryAcquire()) !== null) {
    $held[] = $release;
}
echo json_encode(['held' => count($held)]), "\n";
usleep((int) ((float) ($argv[2] ?? 10) * 1e6));
array_map(fn (Closure $release) => $release(), $held);
