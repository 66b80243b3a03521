<?php

namespace Tiergate\Tests\Paymenter;

use App\Models\Plan;
use App\Models\Invoice;
use App\Models\Product;
use App\Models\Service;
use App\Models\ServiceUpgrade;
use App\Models\ServiceCancellation;
use Illuminate\Support\Facades\Artisan;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\Event;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\Lifecycle;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\StateCause;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\BillingState;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\SubscriptionState;

/**
 * Paymenter 1.5.8's own paths through the double (queued server jobs, the cron's order of writes,
 * ServiceUpgradeService, the queued cancellation listener), with the events the extension records for them
 * folded by the panel's core as the panel would fold them.
 */
class PaymenterPathsTest extends ExtensionTestCase
{
    public function testANewOrderRecordsTheActivationAndThePaymentBeforeTheCreation(): void
    {
        $service = $this->service('pending');
        $this->pay($service);
        $this->assertSame(['subscription.updated', 'payment.succeeded'], array_column($this->events($service), 'type'), 'CreateJob is still queued');

        $this->work();
        $events = $this->events($service);
        $this->assertSame(['subscription.updated', 'payment.succeeded', 'subscription.created'], array_column($events, 'type'));
        $this->assertSame([1, 2, 3], array_map(fn ($e) => $e['data']['subscription']['sequence'], $events));
        $this->assertSame(['active', 'active', 'active'], array_map(fn ($e) => $e['data']['subscription']['status'], $events));
        $this->assertSame(BillingState::Active, $this->fold($events)->state);
    }

    public function testEveryEventOfAnUpgradeCarriesTheNewTier(): void
    {
        $service = $this->service();
        $master = Product::query()->create(['name' => 'Frost Master', 'slug' => 'frost-master', 'server_id' => $this->server->id]);
        $plan = Plan::query()->create(['name' => 'Monthly', 'type' => 'recurring', 'billing_period' => 1, 'billing_unit' => 'month', 'priceable_type' => 'product', 'priceable_id' => $master->id]);
        $upgrade = ServiceUpgrade::query()->create(['service_id' => $service->id, 'product_id' => $master->id, 'plan_id' => $plan->id, 'price' => 20]);
        $invoice = Invoice::query()->create(['user_id' => $service->user_id, 'status' => 'pending']);
        $invoice->items()->create(['reference_type' => 'service_upgrade', 'reference_id' => $upgrade->id, 'price' => 10]);
        $invoice->forceFill(['status' => 'paid'])->save();
        $this->work();

        $events = $this->events($service);
        $this->assertSame(['subscription.updated', 'subscription.updated'], array_column($events, 'type'), 'Service\Updated, then UpgradeJob');
        foreach ($events as $event) {
            $this->assertSame(['id' => $master->id, 'slug' => 'frost-master', 'name' => 'Frost Master'], $event['data']['subscription']['product']);
        }
        $this->assertSame('frost-master', $this->fold([$events[0]])->productKey, 'even before UpgradeJob runs (it has one try)');
    }

    public function testEveryEventAfterAnEndOfPeriodCancellationStillSaysSo(): void
    {
        $service = $this->service();
        $service->forceFill(['expires_at' => now()->addDays(3)])->save();
        ServiceCancellation::query()->create(['service_id' => $service->id, 'type' => 'end_of_period', 'reason' => 'moving on']);
        $this->work(); // Paymenter's queued listener leaves an end-of-period cancellation to the cron
        $this->pay($service); // a renewal invoice issued before the cancellation, paid after it
        $this->travel(40)->days();
        Artisan::call('app:cron-job');
        $this->work();

        $events = $this->events($service);
        $this->assertSame(['subscription.cancelled', 'payment.succeeded', 'subscription.updated', 'subscription.suspended'], array_column($events, 'type'));
        $this->assertSame([true, true, true, true], array_map(fn ($e) => $e['data']['subscription']['cancel_at_period_end'], $events));

        // The paid renewal moved the end of access to the new expiry.
        $paidUntil = new \DateTimeImmutable($events[1]['data']['subscription']['expires_at']);
        $state = $this->fold(array_slice($events, 0, 2), $paidUntil->modify('-1 hour'));
        $this->assertSame(BillingState::Active, $state->state);
        $this->assertEquals($paidUntil, $state->accessUntil);
        $this->assertSame(BillingState::Ended, $this->fold(array_slice($events, 0, 2), $paidUntil)->state);
    }

    public function testASuspendJobThatRunsAfterTheCronCancelledTheServiceSaysCancelled(): void
    {
        $service = $this->service();
        $service->forceFill(['expires_at' => now()->subDays(15)])->save(); // the cron did not run for two weeks
        Artisan::call('app:cron-job');
        $this->assertSame(['subscription.updated', 'subscription.updated'], array_column($this->events($service), 'type'), 'both statuses before any job');

        $this->work();
        $events = $this->events($service);
        $this->assertSame(['subscription.updated', 'subscription.updated', 'subscription.suspended', 'subscription.terminated'], array_column($events, 'type'));
        $this->assertSame(['suspended', 'cancelled', 'cancelled', 'cancelled'], array_map(fn ($e) => $e['data']['subscription']['status'], $events));

        // TerminateJob has one try; if it fails, Paymenter still says cancelled, and so must the panel.
        $this->assertSame([BillingState::Ended, StateCause::Cancelled], [($s = $this->fold(array_slice($events, 0, 3)))->state, $s->cause]);
        $this->assertSame([BillingState::Ended, StateCause::Terminated], [($s = $this->fold($events))->state, $s->cause]);
    }

    public function testAnImmediateCancellationEndsAccessAtOnceAndTheQueuedListenerTerminates(): void
    {
        $service = $this->service();
        ServiceCancellation::query()->create(['service_id' => $service->id, 'type' => 'immediate']);
        $this->assertSame(BillingState::Ended, $this->fold($this->events($service))->state);

        $this->work();
        $events = $this->events($service);
        $this->assertSame(['subscription.cancelled', 'subscription.updated', 'subscription.terminated'], array_column($events, 'type'));
        $this->assertSame(['active', 'cancelled', 'cancelled'], array_map(fn ($e) => $e['data']['subscription']['status'], $events));
        $this->assertSame(StateCause::Terminated, $this->fold($events)->cause);
    }

    public function testPayingASuspendedServiceUnsuspendsIt(): void
    {
        $service = $this->service();
        $service->forceFill(['expires_at' => now()->subDays(3)])->save();
        Artisan::call('app:cron-job');
        $this->work();
        $this->pay($service);
        $this->work();

        $events = $this->events($service);
        $this->assertSame(['subscription.updated', 'subscription.suspended', 'subscription.updated', 'payment.succeeded', 'subscription.unsuspended'], array_column($events, 'type'));
        $this->assertSame(BillingState::Suspended, $this->fold(array_slice($events, 0, 2))->state);
        $this->assertSame(BillingState::Active, $this->fold($events)->state);
    }

    private function pay(Service $service): void
    {
        $invoice = Invoice::query()->create(['user_id' => $service->user_id, 'status' => 'pending']);
        $invoice->items()->create(['reference_type' => 'service', 'reference_id' => $service->id, 'price' => 10]);
        $invoice->forceFill(['status' => 'paid'])->save();
    }

    /** Runs what Paymenter's queue worker would (the delivery jobs fail fast: the panel URL points nowhere). */
    private function work(): void
    {
        Artisan::call('queue:work', ['--stop-when-empty' => true, '--sleep' => 0]);
    }

    private function fold(array $events, ?\DateTimeImmutable $now = null): SubscriptionState
    {
        $core = array_map(fn (array $e) => Event::fromCanonical('msg_' . $e['data']['subscription']['sequence'], $e), $events);

        return Lifecycle::fold($core, $now ?? new \DateTimeImmutable(now()->toIso8601ZuluString('microsecond')), 7);
    }
}
