<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Core;

use DateTimeImmutable;

/**
 * A subscription's billing state as a pure function of all its stored events, the clock, the grace setting and
 * an admin override. Each event carries the full current snapshot, so the last one (in the events' own order)
 * names the product and customer; duplicates are dropped by id, and arrival order never matters.
 */
final class Lifecycle
{
    public const SUSPENDED_BY_BILLING = 'suspended in Paymenter';
    public const SUSPENDED_BY_GRACE = 'payment overdue: grace period ended';
    public const ENDED_BY_CANCEL = 'cancelled';
    public const ENDED_BY_TERMINATION = 'terminated';

    /** @param Event[] $events all stored events of one subscription */
    public static function fold(array $events, DateTimeImmutable $now, int $graceDays, ?Override $override = null): SubscriptionState
    {
        $unique = [];
        foreach ($events as $event) {
            $unique[$event->id] ??= $event;
        }
        $ordered = Event::ordered(array_values(array_filter($unique, fn (Event $e) => $e->type !== 'ping')));
        if ($ordered === []) {
            throw new \InvalidArgumentException('A subscription needs at least one event to have a state.');
        }

        $s = new FoldState();
        foreach ($ordered as $event) {
            $s->expireAt($event->occurredAt);
            $s->apply($event, $graceDays);
        }
        $s->expireAt($now);

        $last = end($ordered);
        [$state, $reason] = [$s->state, $s->reason];
        if ($override !== null && $override->activeAt($now)) {
            [$state, $reason] = $override->kind === Override::GRANT
                ? [$state->hasAccess() ? $state : BillingState::Active, 'access granted by an admin']
                : [BillingState::Suspended, 'suspended by an admin'];
        }

        return new SubscriptionState(
            subscriptionId: $last->subscriptionId,
            customerId: $last->customerId,
            customerEmail: $last->customerEmail,
            state: $state,
            productKey: $last->productKey,
            tier: $last->tier,
            graceUntil: $state === BillingState::Grace ? $s->graceUntil : null,
            accessUntil: $state->hasAccess() ? $s->accessUntil : null,
            reason: $reason,
            firstName: $last->firstName,
            lastName: $last->lastName,
            nextChangeAt: self::nextChange($s, $state, $now, $override),
        );
    }

    /** The next moment the clock alone changes this state (grace end, paid period end, override expiry). */
    private static function nextChange(FoldState $s, BillingState $state, DateTimeImmutable $now, ?Override $override): ?DateTimeImmutable
    {
        $candidates = array_filter([
            $state === BillingState::Grace ? $s->graceUntil : null,
            $state->hasAccess() ? $s->accessUntil : null,
            $override?->activeAt($now) ? $override->until : null,
        ]);

        return $candidates === [] ? null : min($candidates);
    }
}
