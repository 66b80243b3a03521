<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Core;

use DateTimeImmutable;

/** The running state while Lifecycle::fold() walks one subscription's events in order. */
final class FoldState
{
    public BillingState $state = BillingState::Pending;
    public string $reason = 'waiting for activation';
    public ?DateTimeImmutable $graceUntil = null;
    /** End of the paid period after a cancel-at-period-end; null means until Paymenter acts. */
    public ?DateTimeImmutable $accessUntil = null;

    /** Lets the clock act first: a grace period or a paid period that ran out before $at has run out. */
    public function expireAt(DateTimeImmutable $at): void
    {
        if ($this->state === BillingState::Grace && $this->graceUntil !== null && $at >= $this->graceUntil) {
            $this->to(BillingState::Suspended, Lifecycle::SUSPENDED_BY_GRACE);
        }
        if ($this->state->hasAccess() && $this->accessUntil !== null && $at >= $this->accessUntil) {
            $this->to(BillingState::Ended, Lifecycle::ENDED_BY_CANCEL);
            $this->accessUntil = null;
        }
    }

    public function apply(Event $e, int $graceDays): void
    {
        if ($this->reason === Lifecycle::ENDED_BY_TERMINATION) {
            return; // terminated is final: Paymenter never brings a terminated service back
        }

        match ($e->type) {
            'subscription.created', 'subscription.updated' => $this->snapshot($e),
            'payment.failed' => $this->paymentFailed($e, $graceDays),
            'payment.succeeded' => $this->paymentSucceeded(),
            'subscription.suspended' => $this->to(BillingState::Suspended, Lifecycle::SUSPENDED_BY_BILLING),
            'subscription.unsuspended' => $this->restore(),
            'subscription.cancelled' => $this->cancelled($e),
            'subscription.terminated' => $this->to(BillingState::Ended, Lifecycle::ENDED_BY_TERMINATION),
            default => null,
        };
    }

    /** created/updated carry Paymenter's status; they never cut a grace period short nor lift a grace suspension. */
    private function snapshot(Event $e): void
    {
        if (!$e->cancelAtPeriodEnd && $e->status !== 'cancelled') {
            $this->accessUntil = null;
        }
        match ($e->status) {
            'active' => in_array($this->state, [BillingState::Grace, BillingState::Active], true)
                || $this->reason === Lifecycle::SUSPENDED_BY_GRACE
                    ? null
                    : $this->to(BillingState::Active, 'active'),
            'pending' => $this->state === BillingState::Pending ? null : $this->to(BillingState::Pending, 'waiting for activation'),
            'suspended' => $this->to(BillingState::Suspended, Lifecycle::SUSPENDED_BY_BILLING),
            'cancelled' => $this->cancelled($e),
            default => null,
        };
    }

    private function paymentFailed(Event $e, int $graceDays): void
    {
        if ($this->state === BillingState::Active) {
            $this->graceUntil = $e->occurredAt->modify("+{$graceDays} days");
            $this->to(BillingState::Grace, 'payment failed');
        }
        // Already in grace: retries of the same invoice do not extend it.
    }

    private function paymentSucceeded(): void
    {
        $this->graceUntil = null;
        if ($this->state !== BillingState::Active) {
            $this->restore();
        }
    }

    private function restore(): void
    {
        $this->graceUntil = null;
        $this->to(BillingState::Active, 'active');
    }

    private function cancelled(Event $e): void
    {
        if ($e->cancelAtPeriodEnd && $this->state->hasAccess()) {
            // One-time plans have no period; then access lasts until Paymenter suspends or terminates.
            $this->accessUntil = $e->planType === 'recurring' ? $e->expiresAt : null;
            $this->reason = 'cancelled at the end of the paid period';

            return;
        }
        $this->accessUntil = null;
        $this->to(BillingState::Ended, Lifecycle::ENDED_BY_CANCEL);
    }

    private function to(BillingState $state, string $reason): void
    {
        $this->state = $state;
        $this->reason = $reason;
        if ($state !== BillingState::Grace) {
            $this->graceUntil = null;
        }
    }
}
