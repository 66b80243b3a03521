<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Core;

/** A lifecycle event as the core sees it: one stored inbox row, reduced to the fields that decide anything. */
final class Event
{
    public function __construct(
        public readonly string $id,
        public readonly string $type,
        public readonly \DateTimeImmutable $occurredAt,
        public readonly ?int $sequence,
        public readonly string $subscriptionId,
        public readonly string $customerId,
        public readonly string $customerEmail,
        public readonly string $status,
        public readonly string $productKey,
        public readonly ?string $productName = null,
        public readonly string $planType = 'recurring',
        public readonly ?\DateTimeImmutable $expiresAt = null,
        public readonly bool $cancelAtPeriodEnd = false,
        public readonly ?string $firstName = null,
        public readonly ?string $lastName = null,
        public readonly ?string $templateHint = null,
        /** data.customer.game_username as sent (checked at the webhook edge); null when the event has none. */
        public readonly ?string $gameUsername = null,
    ) {
    }

    /** Builds one from the canonical payload (contract/event.schema.json); `tier` is a template hint (product.tier, else its slug). */
    /** @param array<string, mixed> $canonical */
    public static function fromCanonical(string $id, array $canonical): self
    {
        $subscription = $canonical['data']['subscription'];
        $customer = $canonical['data']['customer'];
        $product = $subscription['product'];

        return new self(
            id: $id,
            type: $canonical['type'],
            occurredAt: new \DateTimeImmutable($canonical['timestamp']),
            sequence: isset($subscription['sequence']) ? (int) $subscription['sequence'] : null,
            subscriptionId: (string) $subscription['id'],
            customerId: (string) $customer['id'],
            customerEmail: strtolower((string) $customer['email']),
            status: $subscription['status'],
            productKey: (string) (($product['slug'] ?? null) ?: $product['id']),
            productName: $product['name'] ?? null,
            planType: $subscription['plan']['type'] ?? 'recurring',
            expiresAt: isset($subscription['expires_at']) ? new \DateTimeImmutable($subscription['expires_at']) : null,
            cancelAtPeriodEnd: (bool) ($subscription['cancel_at_period_end'] ?? false),
            firstName: $customer['first_name'] ?? null,
            lastName: $customer['last_name'] ?? null,
            templateHint: ($product['tier'] ?? null) ?: ($product['slug'] ?? null),
            gameUsername: isset($customer['game_username']) ? (string) $customer['game_username'] : null,
        );
    }

    /**
     * The engine's order, never arrival: by `sequence` when every event of the history carries one, otherwise
     * by the event's own time (then sequence); ties by id. Deciding per history keeps the order total.
     *
     * @param self[] $events
     *
     * @return self[]
     */
    public static function ordered(array $events): array
    {
        $bySequence = $events !== [] && array_reduce($events, fn (bool $all, self $e) => $all && $e->sequence !== null, true);
        usort($events, fn (self $a, self $b) => $bySequence
            ? [$a->sequence, $a->occurredAt, $a->id] <=> [$b->sequence, $b->occurredAt, $b->id]
            : [$a->occurredAt, $a->sequence ?? -1, $a->id] <=> [$b->occurredAt, $b->sequence ?? -1, $b->id]);

        return $events;
    }
}
