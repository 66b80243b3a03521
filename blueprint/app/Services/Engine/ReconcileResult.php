<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine;

use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\PlannedChange;

final class ReconcileResult
{
    /**
     * @param PlannedChange[] $plan
     * @param array<int, string> $outcomes server id → log outcome (empty on a dry run)
     */
    public function __construct(public readonly string $customerId, public readonly ?int $userId, public readonly array $plan, public readonly array $outcomes = [])
    {
    }

    /** @return list<int> the servers whose change failed */
    public function failed(): array
    {
        return array_keys(array_filter($this->outcomes, fn (string $o) => $o === 'failed'));
    }
}
