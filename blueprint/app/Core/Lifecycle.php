<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Core;

/**
 * A subscription's billing state as a pure function of all its stored events, the clock, the grace setting and
 * an admin override. Each event carries the full current snapshot, so the last one (in the events' own order)
 * names the product and customer; duplicates are dropped by id, and arrival order never matters.
 */
final class Lifecycle
{
    /** @param Event[] $events all stored events of one subscription */
    public static function fold(array $events, \DateTimeImmutable $now, int $graceDays, ?Override $override = null): SubscriptionState
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
        $named = array_values(array_filter($ordered, fn (Event $e) => $e->gameUsername !== null));
        $lastNamed = end($named) ?: null;
        [$state, $cause] = [$s->state, $s->cause];
        if ($override !== null && $override->activeAt($now)) {
            [$state, $cause] = $override->kind === Override::GRANT
                ? [$state->hasAccess() ? $state : BillingState::Active, StateCause::GrantedByAdmin]
                : [BillingState::Suspended, StateCause::SuspendedByAdmin];
        }

        return new SubscriptionState(
            subscriptionId: $last->subscriptionId,
            customerId: $last->customerId,
            customerEmail: $last->customerEmail,
            state: $state,
            productKey: $last->productKey,
            templateHint: $last->templateHint,
            graceUntil: $state === BillingState::Grace ? $s->graceUntil : null,
            accessUntil: $state->hasAccess() ? $s->accessUntil : null,
            cause: $cause,
            firstName: $last->firstName,
            lastName: $last->lastName,
            nextChangeAt: self::nextChange($s, $state, $now, $override),
            gameUsername: $lastNamed?->gameUsername,
            gameUsernameAt: $lastNamed?->occurredAt,
        );
    }

    /** The next moment the clock alone changes this state (grace end, paid period end, override expiry). */
    private static function nextChange(FoldState $s, BillingState $state, \DateTimeImmutable $now, ?Override $override): ?\DateTimeImmutable
    {
        $candidates = array_filter([
            $state === BillingState::Grace ? $s->graceUntil : null,
            $state->hasAccess() ? $s->accessUntil : null,
            $override?->activeAt($now) ? $override->until : null,
        ]);

        return $candidates === [] ? null : min($candidates);
    }
}
