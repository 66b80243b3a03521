<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Contract;

use Carbon\CarbonImmutable;

/** One accepted delivery, already in canonical form, with the fields the inbox indexes. */
final class ContractEvent
{
    /** @param array<string, mixed> $canonical the event in canonical form (contract/event.schema.json) */
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

    /** data.customer.game_username, if the sender gave one (null for a ping or when absent). */
    public function gameUsername(): ?string
    {
        $name = $this->canonical['data']['customer']['game_username'] ?? null;

        return is_string($name) ? $name : null;
    }

    public function isPing(): bool
    {
        return $this->type === 'ping';
    }
}
