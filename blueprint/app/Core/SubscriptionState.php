<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Core;

/** What fold() concludes about one subscription at one moment. */
final class SubscriptionState
{
    public function __construct(
        public readonly string $subscriptionId,
        public readonly string $customerId,
        public readonly string $customerEmail,
        public readonly BillingState $state,
        public readonly string $productKey,
        public readonly ?string $templateHint,
        public readonly ?\DateTimeImmutable $graceUntil = null,
        public readonly ?\DateTimeImmutable $accessUntil = null,
        public readonly StateCause $cause = StateCause::Active,
        public readonly ?string $firstName = null,
        public readonly ?string $lastName = null,
        public readonly ?\DateTimeImmutable $nextChangeAt = null,
        /** The newest in-game name this subscription's events carried, and when that event happened. */
        public readonly ?string $gameUsername = null,
        public readonly ?\DateTimeImmutable $gameUsernameAt = null,
    ) {
    }

    /** The sentence shown for the cause; behaviour never reads it. */
    public function reason(): string
    {
        return $this->cause->describe();
    }

    public function hasAccess(): bool
    {
        return $this->state->hasAccess();
    }
}
