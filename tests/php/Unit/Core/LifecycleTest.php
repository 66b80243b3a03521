<?php

namespace Tiergate\Tests\Unit\Core;

use Tiergate\Tests\TestCase;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\Override;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\Lifecycle;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\StateCause;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\BillingState;

/** One test per rule of the lifecycle (issue "The lifecycle engine", "The state model"). */
class LifecycleTest extends TestCase
{
    private const DAY = 1440;

    private function fold(HistoryBuilder $h, ?\DateTimeImmutable $now = null, ?Override $override = null)
    {
        return Lifecycle::fold($h->events(), $now ?? $h->now(), 7, $override);
    }

    public function testCreatedActiveGivesAccess(): void
    {
        $state = $this->fold((new HistoryBuilder())->add('subscription.created'));
        $this->assertSame(BillingState::Active, $state->state);
        $this->assertTrue($state->hasAccess());
    }

    public function testCreatedPendingGivesNoAccessUntilActive(): void
    {
        $h = (new HistoryBuilder())->add('subscription.created', 'pending');
        $this->assertSame(BillingState::Pending, $this->fold($h)->state);
        $this->assertSame(BillingState::Active, $this->fold($h->add('subscription.updated', 'active'))->state);
    }

    public function testAFailedPaymentStartsGraceUntilFailureTimePlusGraceDaysAndKeepsAccess(): void
    {
        $h = (new HistoryBuilder())->add('subscription.created')->add('payment.failed');
        $state = $this->fold($h);
        $this->assertSame(BillingState::Grace, $state->state);
        $this->assertTrue($state->hasAccess());
        $this->assertEquals($h->at(120)->modify('+7 days'), $state->graceUntil);
        $this->assertEquals($state->graceUntil, $state->nextChangeAt);
    }

    public function testTheGraceDaysAreASetting(): void
    {
        $h = (new HistoryBuilder())->add('subscription.created')->add('payment.failed');
        $this->assertEquals($h->at(120)->modify('+3 days'), Lifecycle::fold($h->events(), $h->now(), 3)->graceUntil);
    }

    public function testRetriesOfTheSameInvoiceDoNotExtendGrace(): void
    {
        $h = (new HistoryBuilder())->add('subscription.created')->add('payment.failed')->add('payment.failed', afterMinutes: 2 * self::DAY);
        $this->assertEquals($h->at(120)->modify('+7 days'), $this->fold($h)->graceUntil);
    }

    public function testGraceExpiryByTheClockSuspends(): void
    {
        $h = (new HistoryBuilder())->add('subscription.created')->add('payment.failed');
        $justBefore = $h->at(120 + 7 * self::DAY - 1);
        $this->assertSame(BillingState::Grace, $this->fold($h, $justBefore)->state);
        $after = $this->fold($h, $h->at(120 + 7 * self::DAY));
        $this->assertSame(BillingState::Suspended, $after->state);
        $this->assertFalse($after->hasAccess());
        $this->assertSame(StateCause::SuspendedByGrace, $after->cause);
    }

    public function testALaterSuccessfulPaymentEndsGrace(): void
    {
        $h = (new HistoryBuilder())->add('subscription.created')->add('payment.failed')->add('payment.succeeded', afterMinutes: self::DAY);
        $state = $this->fold($h, $h->at(30 * self::DAY));
        $this->assertSame(BillingState::Active, $state->state);
        $this->assertNull($state->graceUntil);
    }

    public function testPayingAfterGraceRanOutRestoresAccess(): void
    {
        $h = (new HistoryBuilder())->add('subscription.created')->add('payment.failed')->add('payment.succeeded', afterMinutes: 10 * self::DAY);
        $this->assertSame(BillingState::Active, $this->fold($h)->state);
    }

    public function testAnUpdateWithStatusActiveDoesNotCutGraceShortNorLiftAGraceSuspension(): void
    {
        $h = (new HistoryBuilder())->add('subscription.created')->add('payment.failed')->add('subscription.updated');
        $this->assertSame(BillingState::Grace, $this->fold($h)->state);
        $h->add('subscription.updated', afterMinutes: 8 * self::DAY);
        $this->assertSame(BillingState::Suspended, $this->fold($h)->state);
    }

    public function testSuspendedInPaymenterSuspendsNowAndUnsuspendedRestores(): void
    {
        $h = (new HistoryBuilder())->add('subscription.created')->add('subscription.suspended', 'suspended');
        $this->assertSame(BillingState::Suspended, $this->fold($h)->state);
        $this->assertSame(StateCause::SuspendedByBilling, $this->fold($h)->cause);
        $this->assertSame(BillingState::Active, $this->fold($h->add('subscription.unsuspended'))->state);
    }

    public function testALaterSuccessfulPaymentRestoresABillingSuspension(): void
    {
        $h = (new HistoryBuilder())->add('subscription.created')->add('subscription.suspended', 'suspended')->add('payment.succeeded');
        $this->assertSame(BillingState::Active, $this->fold($h)->state);
    }

    public function testCancelledWithoutPeriodEndRemovesAccessNow(): void
    {
        $h = (new HistoryBuilder())->add('subscription.created')->add('subscription.cancelled', 'cancelled');
        $state = $this->fold($h);
        $this->assertSame(BillingState::Ended, $state->state);
        $this->assertSame(StateCause::Cancelled, $state->cause);
    }

    public function testCancelledAtPeriodEndKeepsAccessUntilExpiry(): void
    {
        $h = (new HistoryBuilder())->add('subscription.created')
            ->add('subscription.cancelled', 'active', ['cancel_at_period_end' => true, 'expires_at' => '2026-11-20T00:00:00Z']);
        $state = $this->fold($h, new \DateTimeImmutable('2026-11-19T23:59:59Z'));
        $this->assertSame(BillingState::Active, $state->state);
        $this->assertEquals(new \DateTimeImmutable('2026-11-20T00:00:00Z'), $state->accessUntil);
        $this->assertEquals(new \DateTimeImmutable('2026-11-20T00:00:00Z'), $state->nextChangeAt);
        $this->assertSame(BillingState::Ended, $this->fold($h, new \DateTimeImmutable('2026-11-20T00:00:00Z'))->state);
    }

    public function testCancelledAtPeriodEndEndsEarlierWhenPaymenterSuspends(): void
    {
        $h = (new HistoryBuilder())->add('subscription.created')
            ->add('subscription.cancelled', 'active', ['cancel_at_period_end' => true, 'expires_at' => '2026-12-20T00:00:00Z'])
            ->add('subscription.suspended', 'suspended');
        $this->assertSame(BillingState::Suspended, $this->fold($h)->state);
    }

    public function testTerminatedRemovesAccessForGood(): void
    {
        $h = (new HistoryBuilder())->add('subscription.created')->add('subscription.terminated', 'cancelled')->add('payment.succeeded')->add('subscription.unsuspended');
        $state = $this->fold($h);
        $this->assertSame(BillingState::Ended, $state->state);
        $this->assertSame(StateCause::Terminated, $state->cause);
    }

    public function testOneTimePlansNeverExpireByTime(): void
    {
        $h = (new HistoryBuilder(planType: 'one-time'))->add('subscription.created', 'active', ['expires_at' => '2026-11-02T00:00:00Z'])
            ->add('subscription.cancelled', 'active', ['cancel_at_period_end' => true, 'expires_at' => '2026-11-02T00:00:00Z']);
        $state = $this->fold($h, new \DateTimeImmutable('2030-01-01T00:00:00Z'));
        $this->assertSame(BillingState::Active, $state->state);
        $this->assertNull($state->nextChangeAt);
    }

    public function testAProductChangeMovesTheSubscriptionToTheNewProduct(): void
    {
        $h = (new HistoryBuilder())->add('subscription.created')->add('subscription.updated', 'active', ['product' => 'frost-master']);
        $this->assertSame('frost-master', $this->fold($h)->productKey);
    }

    public function testAnEmailChangeIsCarriedByTheLatestSnapshot(): void
    {
        $h = (new HistoryBuilder())->add('subscription.created')->add('subscription.updated', 'active', ['email' => 'new@example.com']);
        $this->assertSame('new@example.com', $this->fold($h)->customerEmail);
    }

    public function testTheEventsOwnOrderWinsOverArrival(): void
    {
        $h = (new HistoryBuilder())->add('subscription.created')->add('subscription.suspended', 'suspended')->add('subscription.unsuspended');
        $this->assertSame(BillingState::Active, Lifecycle::fold(array_reverse($h->events()), $h->now(), 7)->state);
    }

    public function testWithoutSequencesTheEventTimeOrders(): void
    {
        $h = (new HistoryBuilder(withSequence: false))->add('subscription.created')->add('subscription.suspended', 'suspended');
        $this->assertSame(BillingState::Suspended, Lifecycle::fold(array_reverse($h->events()), $h->now(), 7)->state);
    }

    public function testAGrantOverrideBeatsBillingUntilItExpires(): void
    {
        $h = (new HistoryBuilder())->add('subscription.created')->add('subscription.suspended', 'suspended');
        $override = new Override(Override::GRANT, $h->now()->modify('+1 day'));
        $this->assertSame(BillingState::Active, $this->fold($h, null, $override)->state);
        $this->assertEquals($override->until, $this->fold($h, null, $override)->nextChangeAt);
        $this->assertSame(BillingState::Suspended, $this->fold($h, $h->now()->modify('+1 day'), $override)->state);
    }

    public function testASuspendOverrideBeatsBilling(): void
    {
        $h = (new HistoryBuilder())->add('subscription.created');
        $state = $this->fold($h, null, new Override(Override::SUSPEND));
        $this->assertSame(BillingState::Suspended, $state->state);
        $this->assertSame(StateCause::SuspendedByAdmin, $state->cause);
        $this->assertSame('suspended by an admin', $state->reason());
    }

    public function testPingsAreNotPartOfTheState(): void
    {
        $h = (new HistoryBuilder())->add('subscription.created')->add('ping');
        $this->assertSame(BillingState::Active, $this->fold($h)->state);
    }
}
