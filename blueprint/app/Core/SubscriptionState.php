<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Core;

use DateTimeImmutable;

/** What fold() concludes about one subscription at one moment. */
final class SubscriptionState
{
    public function __construct(
        public readonly string $subscriptionId,
        public readonly string $customerId,
        public readonly string $customerEmail,
        public readonly BillingState $state,
        public readonly string $productKey,
        public readonly ?string $tier,
        public readonly ?DateTimeImmutable $graceUntil = null,
        public readonly ?DateTimeImmutable $accessUntil = null,
        public readonly string $reason = '',
        public readonly ?string $firstName = null,
        public readonly ?string $lastName = null,
        public readonly ?DateTimeImmutable $nextChangeAt = null,
    ) {
    }

    public function hasAccess(): bool
    {
        return $this->state->hasAccess();
    }
}
