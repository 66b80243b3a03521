<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Contract;

use Carbon\CarbonImmutable;

/** One accepted delivery, already in canonical form, with the fields the inbox indexes. */
final class ContractEvent
{
    public function __construct(
        public readonly string $type,
        public readonly string $format,
        public readonly CarbonImmutable $occurredAt,
        public readonly ?string $subscriptionId,
        public readonly ?string $customerId,
        public readonly ?int $sequence,
        public readonly array $canonical,
    ) {
    }

    public function isPing(): bool
    {
        return $this->type === 'ping';
    }
}
