<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Core;

/**
 * Why a subscription is in its billing state: the sub-state the core decides by. Behaviour compares these cases,
 * never the sentences they are shown as, so rewording a message cannot change what Tiergate does.
 */
enum StateCause: string
{
    case WaitingForActivation = 'waiting_for_activation';
    case Active = 'active';
    case CancelsAtPeriodEnd = 'cancels_at_period_end';
    case PaymentFailed = 'payment_failed';
    case SuspendedByBilling = 'suspended_by_billing';
    case SuspendedByGrace = 'suspended_by_grace';
    case SuspendedByAdmin = 'suspended_by_admin';
    case GrantedByAdmin = 'granted_by_admin';
    case Cancelled = 'cancelled';
    case Terminated = 'terminated';

    /** The sentence the admin page, the CLI and the subscriber's banner show. */
    public function describe(): string
    {
        return match ($this) {
            self::WaitingForActivation => 'waiting for activation',
            self::Active => 'active',
            self::CancelsAtPeriodEnd => 'cancelled at the end of the paid period',
            self::PaymentFailed => 'payment failed',
            self::SuspendedByBilling => 'suspended in Paymenter',
            self::SuspendedByGrace => 'payment overdue: grace period ended',
            self::SuspendedByAdmin => 'suspended by an admin',
            self::GrantedByAdmin => 'access granted by an admin',
            self::Cancelled => 'cancelled',
            self::Terminated => 'terminated',
        };
    }
}
