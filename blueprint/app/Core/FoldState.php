<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Core;

/** The running state while Lifecycle::fold() walks one subscription's events in order. */
final class FoldState
{
    public BillingState $state = BillingState::Pending;
    public StateCause $cause = StateCause::WaitingForActivation;
    public ?\DateTimeImmutable $graceUntil = null;
    /** End of the paid period after a cancel-at-period-end; null means until Paymenter acts. */
    public ?\DateTimeImmutable $accessUntil = null;

    /** Lets the clock act first: a grace period or a paid period that ran out before $at has run out. */
    public function expireAt(\DateTimeImmutable $at): void
    {
        if ($this->state === BillingState::Grace && $this->graceUntil !== null && $at >= $this->graceUntil) {
            $this->to(BillingState::Suspended, StateCause::SuspendedByGrace);
        }
        if ($this->state->hasAccess() && $this->accessUntil !== null && $at >= $this->accessUntil) {
            $this->to(BillingState::Ended, StateCause::Cancelled);
            $this->accessUntil = null;
        }
    }

    public function apply(Event $e, int $graceDays): void
    {
        if ($this->cause === StateCause::Terminated) {
            return; // terminated is final: Paymenter never brings a terminated service back
        }

        match ($e->type) {
            'subscription.created', 'subscription.updated' => $this->snapshot($e),
            'payment.failed' => $this->paymentFailed($e, $graceDays),
            'payment.succeeded' => $this->paymentSucceeded(),
            // Paymenter's server jobs are queued behind the status change that dispatched them: a suspend or
            // unsuspend job can run after the cron or a cancellation already cancelled the service.
            'subscription.suspended' => $e->status === 'cancelled'
                ? $this->cancelledInPaymenter()
                : $this->suspendedInPaymenter(),
            'subscription.unsuspended' => $e->status === 'cancelled' ? $this->cancelledInPaymenter() : $this->restore(),
            'subscription.cancelled' => $this->cancelled($e),
            'subscription.terminated' => $this->to(BillingState::Ended, StateCause::Terminated),
            default => null,
        };
        if ($this->cause !== StateCause::Terminated) {
            $this->periodEnd($e);
        }
    }

    /**
     * Every event carries the subscription's snapshot, so every one says whether it ends with its paid period
     * and when that is: a renewal paid after an end-of-period cancellation moves the end to the new expiry, and
     * a snapshot without the flag (the cancellation was withdrawn) keeps access until Paymenter acts.
     */
    private function periodEnd(Event $e): void
    {
        if (!$e->cancelAtPeriodEnd) {
            $this->accessUntil = null;
            if ($this->cause === StateCause::CancelsAtPeriodEnd) {
                $this->cause = StateCause::Active;
            }
        } elseif ($this->state->hasAccess()) {
            // One-time plans have no period; then access lasts until Paymenter suspends or terminates.
            $this->accessUntil = $e->planType === 'recurring' ? $e->expiresAt : null;
            if ($this->state === BillingState::Active) {
                $this->cause = StateCause::CancelsAtPeriodEnd;
            }
        }
    }

    /** created/updated carry Paymenter's status; they never cut a grace period short nor lift a grace suspension. */
    private function snapshot(Event $e): void
    {
        match ($e->status) {
            'active' => in_array($this->state, [BillingState::Grace, BillingState::Active], true)
                || $this->cause === StateCause::SuspendedByGrace
                    ? null
                    : $this->to(BillingState::Active, StateCause::Active),
            'pending' => $this->state === BillingState::Pending ? null : $this->to(BillingState::Pending, StateCause::WaitingForActivation),
            'suspended' => $this->suspendedInPaymenter(),
            'cancelled' => $this->cancelledInPaymenter(),
            default => null,
        };
    }

    private function paymentFailed(Event $e, int $graceDays): void
    {
        if ($this->state === BillingState::Active) {
            $this->graceUntil = $e->occurredAt->modify("+{$graceDays} days");
            $this->to(BillingState::Grace, StateCause::PaymentFailed);
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
        $this->to(BillingState::Active, StateCause::Active);
    }

    /** A cancellation request: at the period end (periodEnd() then sets when), or now. */
    private function cancelled(Event $e): void
    {
        if ($e->cancelAtPeriodEnd && $this->state->hasAccess()) {
            $this->cause = StateCause::CancelsAtPeriodEnd;

            return;
        }
        $this->cancelledInPaymenter();
    }

    private function suspendedInPaymenter(): void
    {
        $this->to(BillingState::Suspended, StateCause::SuspendedByBilling);
    }

    /** The snapshot's status is `cancelled`: the service is over in Paymenter, whatever its period said. */
    private function cancelledInPaymenter(): void
    {
        $this->accessUntil = null;
        $this->to(BillingState::Ended, StateCause::Cancelled);
    }

    private function to(BillingState $state, StateCause $cause): void
    {
        $this->state = $state;
        $this->cause = $cause;
        if ($state !== BillingState::Grace) {
            $this->graceUntil = null;
        }
    }
}
