<?php

namespace Tiergate\Tests\Unit\Core;

use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\Event;

/** Builds one subscription's event history the way Paymenter's extension would send it. */
final class HistoryBuilder
{
    private int $sequence = 0;
    private int $minutes = 0;
    /** @var Event[] */
    private array $events = [];

    public function __construct(
        private string $productKey = 'frost-knight',
        private string $planType = 'recurring',
        private string $start = '2026-11-01T00:00:00Z',
        private bool $withSequence = true,
    ) {
    }

    public function add(string $type, string $status = 'active', array $extra = [], int $afterMinutes = 60): self
    {
        $this->minutes += $afterMinutes;
        ++$this->sequence;
        $this->events[] = new Event(
            id: $extra['id'] ?? "evt_{$this->sequence}",
            type: $type,
            occurredAt: (new \DateTimeImmutable($this->start))->modify("+{$this->minutes} minutes"),
            // `sequence` in $extra overrides the running one: null for an event sent without it, or a repeated value.
            sequence: array_key_exists('sequence', $extra) ? $extra['sequence'] : ($this->withSequence ? $this->sequence : null),
            subscriptionId: 'sub_1',
            customerId: 'cus_1',
            customerEmail: $extra['email'] ?? 'alex@example.com',
            status: $status,
            productKey: $extra['product'] ?? $this->productKey,
            planType: $this->planType,
            expiresAt: isset($extra['expires_at']) ? new \DateTimeImmutable($extra['expires_at']) : null,
            cancelAtPeriodEnd: $extra['cancel_at_period_end'] ?? false,
            templateHint: $extra['tier'] ?? null,
        );

        return $this;
    }

    public function after(int $minutes): self
    {
        $this->minutes += $minutes;

        return $this;
    }

    /** @return Event[] */
    public function events(): array
    {
        return $this->events;
    }

    public function at(int $minutesFromStart): \DateTimeImmutable
    {
        return (new \DateTimeImmutable($this->start))->modify("+{$minutesFromStart} minutes");
    }

    public function now(): \DateTimeImmutable
    {
        return $this->at($this->minutes);
    }
}
