<?php

namespace Tiergate\Tests\Paymenter;

use App\Models\Invoice;
use App\Models\Product;
use App\Models\InvoiceTransaction;
use App\Models\ServiceCancellation;
use Illuminate\Support\Facades\Queue;
use App\Enums\InvoiceTransactionStatus;
use PHPUnit\Framework\Attributes\DataProvider;
use Paymenter\Extensions\Servers\Tiergate\Tiergate;
use Paymenter\Extensions\Servers\Tiergate\Delivery\DeliverOutboxEvent;

/** Every hook and listener writes the right canonical event, in the contract, with a rising sequence. */
class HooksAndListenersTest extends ExtensionTestCase
{
    protected function setUp(): void
    {
        parent::setUp();
        Queue::fake();
    }

    /** The status is Paymenter's when the hook runs (its jobs run after the change), never one the hook assumes. */
    public static function hooks(): array
    {
        return [
            'createServer' => ['createServer', 'subscription.created', 'active'],
            'suspendServer' => ['suspendServer', 'subscription.suspended', 'suspended'],
            'unsuspendServer' => ['unsuspendServer', 'subscription.unsuspended', 'active'],
            'terminateServer' => ['terminateServer', 'subscription.terminated', 'cancelled'],
            'terminateServer on an admin\'s "Trigger extension action"' => ['terminateServer', 'subscription.terminated', 'active'],
            'upgradeServer' => ['upgradeServer', 'subscription.updated', 'active'],
        ];
    }

    #[DataProvider('hooks')]
    public function testEachHookRecordsItsEvent(string $hook, string $type, string $status): void
    {
        $service = $this->service($status);
        (new Tiergate())->{$hook}($service, [], []);

        [$event] = $this->events($service);
        $this->assertValidAgainstContract($event);
        $this->assertSame($type, $event['type']);
        $this->assertSame($status, $event['data']['subscription']['status']);
        $this->assertSame(['id' => $this->product->id, 'slug' => 'frost-knight', 'name' => 'Frost Knight'], $event['data']['subscription']['product']);
        $this->assertSame(['id' => $service->user_id, 'email' => $service->user->email, 'first_name' => 'Alex', 'last_name' => 'Stone'], $event['data']['customer']);
        Queue::assertPushed(DeliverOutboxEvent::class);
    }

    public function testTheSequenceRisesPerSubscriptionAndTheProductSettingNamesTheTier(): void
    {
        $this->product->settings()->create(['key' => 'tier', 'value' => 'subscriber_knight']);
        [$a, $b] = [$this->service(), $this->service()];
        $ext = new Tiergate();
        $ext->createServer($a, [], []);
        $ext->createServer($b, [], []);
        $ext->suspendServer($a, [], []);
        $ext->unsuspendServer($a, [], []);

        $this->assertSame([1, 2, 3], array_map(fn ($e) => $e['data']['subscription']['sequence'], $this->events($a)));
        $this->assertSame([1], array_map(fn ($e) => $e['data']['subscription']['sequence'], $this->events($b)));
        $this->assertSame('subscriber_knight', $this->events($b)[0]['data']['subscription']['product']['slug']);
    }

    public function testAnUpgradeSendsTheNewProduct(): void
    {
        $service = $this->service();
        $master = Product::query()->create(['name' => 'Frost Master', 'slug' => 'frost-master', 'server_id' => $this->server->id]);
        $service->forceFill(['product_id' => $master->id])->save(); // as ServiceUpgradeService swaps it before UpgradeJob
        (new Tiergate())->upgradeServer($service, [], []);

        $events = $this->events($service);
        $this->assertSame(['subscription.updated', 'subscription.updated'], array_column($events, 'type'));
        $this->assertSame('frost-master', end($events)['data']['subscription']['product']['slug']);
    }

    public function testAnAdminEditingTheStatusIsAnUpdate(): void
    {
        $service = $this->service();
        $service->forceFill(['status' => 'suspended'])->save();
        $service->forceFill(['price' => 5])->save(); // nothing that matters changed: no event

        $events = $this->events($service);
        $this->assertCount(1, $events);
        $this->assertSame(['subscription.updated', 'suspended'], [$events[0]['type'], $events[0]['data']['subscription']['status']]);
    }

    public function testAPaidRenewalInvoiceIsAPaymentWithTheNewExpiry(): void
    {
        $service = $this->service();
        $before = $service->expires_at;
        $invoice = Invoice::query()->create(['user_id' => $service->user_id, 'status' => 'pending']);
        $invoice->items()->create(['reference_type' => 'service', 'reference_id' => $service->id, 'price' => 10]);
        $invoice->forceFill(['status' => 'paid'])->save();

        $paid = array_values(array_filter($this->events($service), fn ($e) => $e['type'] === 'payment.succeeded'));
        $this->assertCount(1, $paid);
        $this->assertValidAgainstContract($paid[0]);
        $this->assertGreaterThan($before->getTimestamp(), strtotime($paid[0]['data']['subscription']['expires_at']));
    }

    public function testAFailedTransactionIsAFailedPayment(): void
    {
        $service = $this->service();
        $invoice = Invoice::query()->create(['user_id' => $service->user_id, 'status' => 'pending']);
        $invoice->items()->create(['reference_type' => 'service', 'reference_id' => $service->id, 'price' => 10]);
        InvoiceTransaction::query()->create(['invoice_id' => $invoice->id, 'status' => 'processing', 'amount' => 10]);
        $this->assertSame([], $this->events($service));
        InvoiceTransaction::query()->first()->forceFill(['status' => 'failed'])->save();

        $this->assertSame(['payment.failed'], array_column($this->events($service), 'type'));
    }

    /** ExtensionHelper::addFailedPayment (Paymenter v1.5.8 app/Helpers/ExtensionHelper.php:514) writes the enum case. */
    public function testAFailedTransactionWrittenAsTheEnumIsAFailedPayment(): void
    {
        $service = $this->service();
        $invoice = Invoice::query()->create(['user_id' => $service->user_id, 'status' => 'pending']);
        $invoice->items()->create(['reference_type' => 'service', 'reference_id' => $service->id, 'price' => 10]);
        $transaction = InvoiceTransaction::query()->create(['invoice_id' => $invoice->id, 'status' => InvoiceTransactionStatus::Failed, 'amount' => 10]);

        $this->assertSame(InvoiceTransactionStatus::Failed, $transaction->refresh()->status);
        $this->assertSame(['payment.failed'], array_column($this->events($service), 'type'));
    }

    /**
     * An admin adds a transaction by hand with a form that has no status (Paymenter v1.5.8
     * app/Admin/Resources/InvoiceResource/RelationManagers/TransactionsRelationManager.php): the listener sees status
     * null (the column's default is the database's) and must neither fail the save nor report a failed payment.
     */
    public function testATransactionAddedWithoutAStatusIsNoFailedPayment(): void
    {
        $service = $this->service();
        $invoice = Invoice::query()->create(['user_id' => $service->user_id, 'status' => 'pending']);
        $invoice->items()->create(['reference_type' => 'service', 'reference_id' => $service->id, 'price' => 10]);
        $transaction = InvoiceTransaction::query()->create(['invoice_id' => $invoice->id, 'amount' => 10]);

        $this->assertSame(InvoiceTransactionStatus::Succeeded, $transaction->refresh()->status);
        $this->assertSame([], $this->events($service));
    }

    public function testCancellationsSayWhetherAccessLastsToThePeriodEnd(): void
    {
        [$later, $now] = [$this->service(), $this->service()];
        ServiceCancellation::query()->create(['service_id' => $later->id, 'type' => 'end_of_period', 'reason' => 'too expensive']);
        ServiceCancellation::query()->create(['service_id' => $now->id, 'type' => 'immediate']);

        $this->assertTrue($this->events($later)[0]['data']['subscription']['cancel_at_period_end']);
        $this->assertFalse($this->events($now)[0]['data']['subscription']['cancel_at_period_end']);
        $this->assertSame('subscription.cancelled', $this->events($now)[0]['type']);
    }

    public function testMovingAServiceToAProductOfAnotherExtensionIsReportedSoItsAccessGoes(): void
    {
        $service = $this->service();
        $other = \App\Models\Server::query()->create(['name' => 'Pterodactyl', 'extension' => 'Pterodactyl', 'type' => 'server']);
        $game = Product::query()->create(['name' => 'Game server', 'slug' => 'game', 'server_id' => $other->id]);
        $service->forceFill(['product_id' => $game->id])->save(); // an admin editing the service's product

        $events = $this->events($service);
        $this->assertSame(['subscription.updated'], array_column($events, 'type'));
        $this->assertSame('game', $events[0]['data']['subscription']['product']['slug']);
    }

    public function testServicesOfOtherExtensionsAreNotReported(): void
    {
        $other = \App\Models\Server::query()->create(['name' => 'Pterodactyl', 'extension' => 'Pterodactyl', 'type' => 'server']);
        $product = Product::query()->create(['name' => 'Game server', 'slug' => 'game', 'server_id' => $other->id]);
        $service = $this->service('active', 'recurring', $product);
        $service->forceFill(['status' => 'suspended'])->save();
        ServiceCancellation::query()->create(['service_id' => $service->id, 'type' => 'immediate']);
        $this->assertSame([], $this->events($service));
    }
}
