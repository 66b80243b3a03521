<?php

namespace Tiergate\Tests\Integration\Services\Engine;

use Pterodactyl\Models\User;
use Tiergate\Tests\IntegrationTestCase;
use Tiergate\Tests\Integration\StoresEvents;
use Tiergate\Tests\Integration\FakesTheOutside;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Grant;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Account;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\Trigger;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Notifications\NotificationOutbox;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Notifications\AccessChangeRecorder;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\SubscriberReconciliationService;

/** An existing panel account is linked in the same transaction as its grants: both, or neither. */
class LinkWithTheGrantsTest extends IntegrationTestCase
{
    use FakesTheOutside;
    use StoresEvents;

    protected function setUp(): void
    {
        parent::setUp();
        $this->fakeTheOutside();
    }

    public function testALinkIsRolledBackWithAFailedApplyAndWrittenWithTheNextOne(): void
    {
        $user = new User();
        $user->forceFill(['uuid' => (string) \Illuminate\Support\Str::uuid(), 'username' => 'linkedlate', 'email' => 'linked-late@example.com', 'name_first' => 'A', 'name_last' => 'B', 'password' => 'x'])->save();
        $failing = new \ArrayObject(['on' => true]);
        $this->storeEvent('cus_link_late', 'linked-late@example.com', 'subscription.created', 'frost-knight', 1);
        $this->app->bind(AccessChangeRecorder::class, fn ($app) => new class ($app->make(NotificationOutbox::class), $failing) extends AccessChangeRecorder {
            public function __construct(NotificationOutbox $outbox, private \ArrayObject $failing)
            {
                parent::__construct($outbox);
            }

            public function record(string $customerId, array $states, array $catalogue, ?Account $account, \Carbon\CarbonImmutable $now, array $servers): int
            {
                if ($this->failing['on']) {
                    throw new \RuntimeException('the apply fails after the link and the grants were written');
                }

                return parent::record($customerId, $states, $catalogue, $account, $now, $servers);
            }
        });

        try {
            app(SubscriberReconciliationService::class)->handle('cus_link_late', Trigger::command('test'));
            $this->fail('the reconcile should have failed');
        } catch (\RuntimeException) {
        }
        $this->assertFalse(Account::query()->where('customer_id', 'cus_link_late')->exists(), 'no link without its grants');
        $this->assertSame(0, Grant::query()->where('user_id', $user->id)->count());

        $failing['on'] = false;
        app(SubscriberReconciliationService::class)->handle('cus_link_late', Trigger::command('test'));

        $this->assertSame($user->id, Account::query()->where('customer_id', 'cus_link_late')->value('user_id'));
        $this->assertGreaterThan(0, Grant::query()->where('user_id', $user->id)->count());
        $this->assertSame(1, User::query()->where('email', 'linked-late@example.com')->count(), 'the existing account, no new one');
    }
}
