<?php

namespace Tiergate\Tests\Unit\Core;

use Tiergate\Tests\TestCase;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\Event;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\Lifecycle;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\StateCause;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\BillingState;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\SubscriptionState;

/**
 * Histories exactly as the Paymenter extension records them on real Paymenter 1.5.8 (issue 9): its server jobs
 * are queued behind the status changes that dispatched them, its cron writes every status before any job runs,
 * and every snapshot is read fresh (status, product, cancel_at_period_end from service_cancellations).
 */
class PaymenterHistoriesTest extends TestCase
{
    private const KNIGHT = 'frost-knight';
    private const MASTER = 'frost-master';

    public function testANewOrderIsActiveFromItsActivationThoughCreatedArrivesLast(): void
    {
        // RenewServiceService saves the status (Service\Updated), then Invoice\Paid; CreateJob runs on the worker.
        $events = [
            $this->e(1, 'subscription.updated', 'active', '2026-11-01T10:00:00.100Z', exp: '2026-12-01T10:00:00Z'),
            $this->e(2, 'payment.succeeded', 'active', '2026-11-01T10:00:00.200Z', exp: '2026-12-01T10:00:00Z'),
            $this->e(3, 'subscription.created', 'active', '2026-11-01T10:00:03Z', exp: '2026-12-01T10:00:00Z'),
        ];
        $this->assertSame(BillingState::Active, $this->fold([$events[0]], '2026-11-01T10:00:01Z')->state);
        $this->assertSame(BillingState::Active, $this->fold(array_slice($events, 0, 2), '2026-11-01T10:00:01Z')->state);
        $state = $this->fold($events, '2026-11-15T00:00:00Z');
        $this->assertSame([BillingState::Active, self::KNIGHT, null], [$state->state, $state->productKey, $state->accessUntil]);
    }

    public function testAnUpgradeMovesToTheNewTierWithItsFirstEvent(): void
    {
        // ServiceUpgradeService's save (Service\Updated), then UpgradeJob, which has one try and may never run.
        $events = [
            $this->e(1, 'subscription.created', 'active', '2026-11-01T10:00:00Z'),
            $this->e(2, 'subscription.updated', 'active', '2026-11-10T12:00:00Z', product: self::MASTER),
            $this->e(3, 'subscription.updated', 'active', '2026-11-10T12:00:02Z', product: self::MASTER),
        ];
        $this->assertSame(self::MASTER, $this->fold(array_slice($events, 0, 2), '2026-11-10T12:00:01Z')->productKey);
        $this->assertSame([BillingState::Active, self::MASTER], [($s = $this->fold($events, '2026-11-11T00:00:00Z'))->state, $s->productKey]);
    }

    public function testARenewalPaidAfterAnEndOfPeriodCancellationMovesTheEndOfAccess(): void
    {
        // The renewal invoice was issued before the cancellation; Paymenter keeps it payable. Every later snapshot
        // carries cancel_at_period_end, read from service_cancellations.
        $events = [
            $this->e(1, 'subscription.created', 'active', '2026-11-01T10:00:00Z', exp: '2026-12-01T10:00:00Z'),
            $this->e(2, 'subscription.cancelled', 'active', '2026-11-26T09:00:00Z', exp: '2026-12-01T10:00:00Z', cape: true),
            $this->e(3, 'payment.succeeded', 'active', '2026-11-27T09:00:00Z', exp: '2027-01-01T10:00:00Z', cape: true),
        ];
        $state = $this->fold($events, '2026-12-15T00:00:00Z');
        $this->assertSame(BillingState::Active, $state->state);
        $this->assertEquals(new \DateTimeImmutable('2027-01-01T10:00:00Z'), $state->accessUntil);
        $this->assertSame(StateCause::CancelsAtPeriodEnd, $state->cause);
        $this->assertSame(BillingState::Ended, $this->fold($events, '2027-01-01T10:00:00Z')->state);

        // Two days later the cron suspends it, twelve more and it terminates it: never access again.
        $events[] = $this->e(4, 'subscription.updated', 'suspended', '2027-01-04T00:00:00.100Z', exp: '2027-01-01T10:00:00Z', cape: true);
        $events[] = $this->e(5, 'subscription.suspended', 'suspended', '2027-01-04T00:00:02Z', exp: '2027-01-01T10:00:00Z', cape: true);
        $this->assertFalse($this->fold($events, '2027-01-05T00:00:00Z')->hasAccess());
        $events[] = $this->e(6, 'subscription.updated', 'cancelled', '2027-01-16T00:00:00.100Z', exp: '2027-01-01T10:00:00Z', cape: true);
        $events[] = $this->e(7, 'subscription.terminated', 'cancelled', '2027-01-16T00:00:02Z', exp: '2027-01-01T10:00:00Z', cape: true);
        $this->assertSame(StateCause::Terminated, $this->fold($events, '2027-01-17T00:00:00Z')->cause);
    }

    public function testAnUpgradeAfterAnEndOfPeriodCancellationKeepsTheEndOfAccess(): void
    {
        $events = [
            $this->e(1, 'subscription.created', 'active', '2026-11-01T10:00:00Z', exp: '2026-12-01T10:00:00Z'),
            $this->e(2, 'subscription.cancelled', 'active', '2026-11-05T09:00:00Z', exp: '2026-12-01T10:00:00Z', cape: true),
            $this->e(3, 'subscription.updated', 'active', '2026-11-10T12:00:00Z', exp: '2026-12-01T10:00:00Z', cape: true, product: self::MASTER),
            $this->e(4, 'subscription.updated', 'active', '2026-11-10T12:00:02Z', exp: '2026-12-01T10:00:00Z', cape: true, product: self::MASTER),
        ];
        $state = $this->fold($events, '2026-11-20T00:00:00Z');
        $this->assertSame([BillingState::Active, self::MASTER, StateCause::CancelsAtPeriodEnd], [$state->state, $state->productKey, $state->cause]);
        $this->assertEquals(new \DateTimeImmutable('2026-12-01T10:00:00Z'), $state->accessUntil);
        $this->assertSame(BillingState::Ended, $this->fold($events, '2026-12-01T10:00:00Z')->state);
    }

    public function testASuspendJobThatRunsAfterTheCronCancelledTheServiceLeavesItCancelled(): void
    {
        // One cron run suspended and terminated a long-overdue service before either job ran.
        $events = [
            $this->e(1, 'subscription.created', 'active', '2026-10-01T10:00:00Z', exp: '2026-11-01T10:00:00Z'),
            $this->e(2, 'subscription.updated', 'suspended', '2026-11-16T00:00:00.100Z', exp: '2026-11-01T10:00:00Z'),
            $this->e(3, 'subscription.updated', 'cancelled', '2026-11-16T00:00:00.200Z', exp: '2026-11-01T10:00:00Z'),
            $this->e(4, 'subscription.suspended', 'cancelled', '2026-11-16T00:00:02Z', exp: '2026-11-01T10:00:00Z'),
            $this->e(5, 'subscription.terminated', 'cancelled', '2026-11-16T00:00:03Z', exp: '2026-11-01T10:00:00Z'),
        ];
        // TerminateJob has one try: until (or unless) it runs, the state is Paymenter's, cancelled.
        $state = $this->fold(array_slice($events, 0, 4), '2026-11-16T00:00:02.500Z');
        $this->assertSame([BillingState::Ended, StateCause::Cancelled], [$state->state, $state->cause]);
        $this->assertSame(StateCause::Terminated, $this->fold($events, '2026-11-17T00:00:00Z')->cause);
    }

    public function testAnUnsuspendJobThatRunsAfterAnImmediateCancellationDoesNotRestoreAccess(): void
    {
        // Paid while suspended (UnsuspendJob queued), then cancelled at once before the worker got to it.
        $events = [
            $this->e(1, 'subscription.created', 'active', '2026-10-01T10:00:00Z', exp: '2026-11-01T10:00:00Z'),
            $this->e(2, 'subscription.updated', 'suspended', '2026-11-04T00:00:00.100Z', exp: '2026-11-01T10:00:00Z'),
            $this->e(3, 'subscription.suspended', 'suspended', '2026-11-04T00:00:02Z', exp: '2026-11-01T10:00:00Z'),
            $this->e(4, 'subscription.updated', 'active', '2026-11-05T08:00:00.100Z', exp: '2026-12-05T08:00:00Z'),
            $this->e(5, 'payment.succeeded', 'active', '2026-11-05T08:00:00.200Z', exp: '2026-12-05T08:00:00Z'),
            $this->e(6, 'subscription.cancelled', 'active', '2026-11-05T08:00:20Z', exp: '2026-12-05T08:00:00Z'),
            $this->e(7, 'subscription.updated', 'cancelled', '2026-11-05T08:00:21Z', exp: '2026-12-05T08:00:00Z'),
            $this->e(8, 'subscription.unsuspended', 'cancelled', '2026-11-05T08:00:22Z', exp: '2026-12-05T08:00:00Z'),
            $this->e(9, 'subscription.terminated', 'cancelled', '2026-11-05T08:00:23Z', exp: '2026-12-05T08:00:00Z'),
        ];
        $this->assertSame(BillingState::Active, $this->fold(array_slice($events, 0, 5), '2026-11-05T08:00:10Z')->state);
        $state = $this->fold(array_slice($events, 0, 8), '2026-11-05T08:00:22.500Z');
        $this->assertSame([BillingState::Ended, StateCause::Cancelled], [$state->state, $state->cause]);
        $this->assertSame(StateCause::Terminated, $this->fold($events, '2026-11-06T00:00:00Z')->cause);
    }

    public function testPayingBeforeTheCronsSuspendJobRanSuspendsBrieflyAsPaymenterDoesThenRestores(): void
    {
        $events = [
            $this->e(1, 'subscription.created', 'active', '2026-10-01T10:00:00Z', exp: '2026-11-01T10:00:00Z'),
            $this->e(2, 'subscription.updated', 'suspended', '2026-11-04T00:00:00.100Z', exp: '2026-11-01T10:00:00Z'),
            $this->e(3, 'subscription.updated', 'active', '2026-11-04T00:00:30.100Z', exp: '2026-12-04T00:00:30Z'),
            $this->e(4, 'payment.succeeded', 'active', '2026-11-04T00:00:30.200Z', exp: '2026-12-04T00:00:30Z'),
            // The worker now runs SuspendJob (Paymenter suspends the server), then UnsuspendJob.
            $this->e(5, 'subscription.suspended', 'active', '2026-11-04T00:00:40Z', exp: '2026-12-04T00:00:30Z'),
            $this->e(6, 'subscription.unsuspended', 'active', '2026-11-04T00:00:41Z', exp: '2026-12-04T00:00:30Z'),
        ];
        $this->assertSame(BillingState::Active, $this->fold(array_slice($events, 0, 4), '2026-11-04T00:00:35Z')->state);
        $this->assertSame(BillingState::Suspended, $this->fold(array_slice($events, 0, 5), '2026-11-04T00:00:40.500Z')->state);
        $this->assertSame(BillingState::Active, $this->fold($events, '2026-11-05T00:00:00Z')->state);
    }

    public function testAnImmediateCancellationEndsAccessWithItsFirstEvent(): void
    {
        // The extension's listener records the request; Paymenter's queued listener then cancels and terminates.
        $events = [
            $this->e(1, 'subscription.created', 'active', '2026-11-01T10:00:00Z', exp: '2026-12-01T10:00:00Z'),
            $this->e(2, 'subscription.cancelled', 'active', '2026-11-10T09:00:00Z', exp: '2026-12-01T10:00:00Z'),
            $this->e(3, 'subscription.updated', 'cancelled', '2026-11-10T09:00:01Z', exp: '2026-12-01T10:00:00Z'),
            $this->e(4, 'subscription.terminated', 'cancelled', '2026-11-10T09:00:02Z', exp: '2026-12-01T10:00:00Z'),
        ];
        $this->assertSame(BillingState::Ended, $this->fold(array_slice($events, 0, 2), '2026-11-10T09:00:00.500Z')->state);
        $this->assertSame(StateCause::Terminated, $this->fold($events, '2026-11-11T00:00:00Z')->cause);
    }

    /** In any arrival order, duplicated, the history folds the same: the sequence orders it. */
    public function testArrivalOrderDoesNotMatter(): void
    {
        $events = [
            $this->e(1, 'subscription.created', 'active', '2026-10-01T10:00:00Z', exp: '2026-11-01T10:00:00Z'),
            $this->e(2, 'subscription.updated', 'suspended', '2026-11-16T00:00:00.100Z'),
            $this->e(3, 'subscription.updated', 'cancelled', '2026-11-16T00:00:00.200Z'),
            $this->e(4, 'subscription.suspended', 'cancelled', '2026-11-16T00:00:02Z'),
        ];
        $shuffled = [$events[3], $events[1], $events[3], $events[0], $events[2]];
        $this->assertEquals($this->fold($events, '2026-11-17T00:00:00Z'), $this->fold($shuffled, '2026-11-17T00:00:00Z'));
    }

    private function e(int $sequence, string $type, string $status, string $at, ?string $exp = null, bool $cape = false, string $product = self::KNIGHT): Event
    {
        return new Event(
            id: "msg_{$sequence}",
            type: $type,
            occurredAt: new \DateTimeImmutable($at),
            sequence: $sequence,
            subscriptionId: '1001',
            customerId: '501',
            customerEmail: 'alex@example.com',
            status: $status,
            productKey: $product,
            productName: $product === self::MASTER ? 'Frost Master' : 'Frost Knight',
            expiresAt: $exp === null ? null : new \DateTimeImmutable($exp),
            cancelAtPeriodEnd: $cape,
            firstName: 'Alex',
            lastName: 'Stone',
            templateHint: $product,
        );
    }

    /** @param Event[] $events */
    private function fold(array $events, string $now): SubscriptionState
    {
        return Lifecycle::fold($events, new \DateTimeImmutable($now), 7);
    }
}
