<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine;

use Carbon\CarbonImmutable;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\Override;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\AdminOverride;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\Trigger;

/**
 * Sets (grant, suspend) or removes (resume) an admin override for one customer and applies it at once.
 * An override beats billing state until `until`, or until it is removed.
 */
class SubscriberOverrideService
{
    public const RESUME = 'resume';

    public function __construct(private SubscriberReconciliationService $reconcile)
    {
    }

    public function handle(string $customerId, string $kind, ?CarbonImmutable $until, Trigger $trigger, ?int $adminId = null): ReconcileResult
    {
        if ($kind === self::RESUME) {
            AdminOverride::query()->where('customer_id', $customerId)->delete();
        } else {
            if ($until !== null && $until->isPast()) {
                throw new \InvalidArgumentException('The override would end in the past; give a later date or none.');
            }
            new Override($kind, $until?->toDateTimeImmutable()); // validates the kind
            AdminOverride::query()->updateOrCreate(['customer_id' => $customerId], ['kind' => $kind, 'until' => $until, 'reason' => "manual {$kind}", 'created_by' => $adminId]);
        }

        return $this->reconcile->handle($customerId, $trigger);
    }
}
