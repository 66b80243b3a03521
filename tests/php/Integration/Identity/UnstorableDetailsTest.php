<?php

namespace Tiergate\Tests\Integration\Identity;

use Pterodactyl\Models\Subuser;
use Illuminate\Support\Facades\DB;
use Tiergate\Tests\IntegrationTestCase;
use Tiergate\Tests\Integration\FakesTheOutside;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Account;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\InboxEvent;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Subscription;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\Trigger;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel\AccountNames;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel\CustomerExternalId;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\SubscriberReconciliationService;

/**
 * Contract-valid details the panel's own rules cannot store: each ends with a subscription row and either access
 * (a derived value) or "needs attention" with the reason, and never as events left waiting.
 */
class UnstorableDetailsTest extends IntegrationTestCase
{
    use StoredEvents;
    use FakesTheOutside;

    protected function setUp(): void
    {
        parent::setUp();
        $this->fakeTheOutside();
    }

    public static function names(): array
    {
        return [
            'a NUL byte' => ["\u{0000}", "\u{0000}", AccountNames::PLACEHOLDER],
            'a space' => [' ', ' ', AccountNames::PLACEHOLDER],
            'only a zero-width space and a tab' => ["\u{200B}\t", null, AccountNames::PLACEHOLDER],
            'spaces around a real name' => ['  Alex ', 'Stone', 'Alex'],
        ];
    }

    /** @dataProvider names */
    public function testANameThePanelWouldRefuseIsReplacedAndAccessIsGiven(string $first, ?string $last, string $expectedFirst): void
    {
        $this->storeEvent('cus_name', 'sub_name', 'awakened', ['email' => 'name@example.com', 'first_name' => $first, 'last_name' => $last]);

        app(SubscriberReconciliationService::class)->handle('cus_name', Trigger::command('test'));

        $user = Account::query()->where('customer_id', 'cus_name')->sole()->user;
        $this->assertSame($expectedFirst, $user->name_first);
        $this->assertNotSame('', trim($user->name_last));
        $this->assertSame(2, Subuser::query()->where('user_id', $user->id)->count());
        $this->assertAppliedWithoutAttention('sub_name', 'cus_name');
    }

    public function testACustomerIdTooLongForExternalIdGetsAHashedOne(): void
    {
        $customerId = str_repeat('c', 191);
        $this->storeEvent($customerId, 'sub_long', 'awakened', ['email' => 'long@example.com', 'first_name' => 'Lee', 'last_name' => 'Long']);

        app(SubscriberReconciliationService::class)->handle($customerId, Trigger::command('test'));

        $user = Account::query()->where('customer_id', $customerId)->sole()->user;
        $this->assertSame('paymenter:sha256:' . hash('sha256', $customerId), $user->external_id);
        $this->assertSame(CustomerExternalId::preferred($customerId), $user->external_id);
        $this->assertSame(2, Subuser::query()->where('user_id', $user->id)->count());
        $this->assertAppliedWithoutAttention('sub_long', $customerId);
    }

    public function testAnEmailThePanelRefusesIsShownAsNeedingAttentionWithTheReason(): void
    {
        // The contract's dot-atom pattern has no 63-character limit per label; Laravel's RFC check has.
        $email = 'a@' . str_repeat('b', 64) . '.com';
        $this->storeEvent('cus_mail', 'sub_mail', 'awakened', ['email' => $email, 'first_name' => 'Max', 'last_name' => 'Mail']);

        app(SubscriberReconciliationService::class)->handle('cus_mail', Trigger::command('test'));

        $row = Subscription::query()->where('subscription_id', 'sub_mail')->sole();
        $this->assertTrue($row->needs_attention);
        $this->assertStringContainsString('refused to create an account for customer cus_mail', $row->last_error);
        $this->assertStringContainsString('email', $row->last_error);
        $this->assertSame(0, InboxEvent::query()->where('customer_id', 'cus_mail')->whereNull('processed_at')->count());
        $this->assertSame(1, DB::transactionLevel(), 'the panel service left its transaction open');
    }

    private function assertAppliedWithoutAttention(string $subscriptionId, string $customerId): void
    {
        $row = Subscription::query()->where('subscription_id', $subscriptionId)->sole();
        $this->assertFalse($row->needs_attention, (string) $row->last_error);
        $this->assertNotNull($row->user_id);
        $this->assertSame(0, InboxEvent::query()->where('customer_id', $customerId)->whereNull('processed_at')->count());
    }
}
