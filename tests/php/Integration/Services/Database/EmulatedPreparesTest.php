<?php

namespace Tiergate\Tests\Integration\Services\Database;

use Illuminate\Support\Facades\DB;
use Tiergate\Tests\IntegrationTestCase;
use Tiergate\Tests\Integration\StoresEvents;
use Tiergate\Tests\Integration\FakesTheOutside;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\Trigger;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Database\EmulatedPrepares;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\SubscriberReconciliationService;

/** A reconcile asks the server to prepare nothing (one round trip per statement), and leaves the panel's setting alone. */
class EmulatedPreparesTest extends IntegrationTestCase
{
    use FakesTheOutside;
    use StoresEvents;

    protected function setUp(): void
    {
        parent::setUp();
        $this->fakeTheOutside();
    }

    private function serverPrepares(): int
    {
        // Emulated, so that the count itself prepares nothing on the server.
        return (int) EmulatedPrepares::during(DB::connection(), fn () => DB::connection()->getPdo()->query("SHOW SESSION STATUS LIKE 'Com_stmt_prepare'")->fetch(\PDO::FETCH_NUM)[1]);
    }

    public function testAReconcileSendsEachStatementOnceWithoutAServerSidePrepare(): void
    {
        $this->storeEvent('cus_emulated', 'emulated@example.com', 'subscription.created', 'frost-knight', 1);
        DB::table('users')->where('id', 1)->value('id'); // the panel's own statements are prepared on the server
        $this->assertGreaterThan(0, $this->serverPrepares(), 'the panel connection prepares natively (Laravel\'s default)');

        $before = $this->serverPrepares();
        app(SubscriberReconciliationService::class)->handle('cus_emulated', Trigger::command('test'));

        $this->assertSame($before, $this->serverPrepares(), 'no statement of the reconcile was prepared on the server');
        $this->assertDatabaseHas('users', ['email' => 'emulated@example.com']);
        $this->assertFalse((bool) DB::connection()->getPdo()->getAttribute(\PDO::ATTR_EMULATE_PREPARES), 'the panel\'s setting is back');
    }

    public function testResultsAreTypedAsWithNativePreparesAndTheSettingComesBackAfterAnError(): void
    {
        $row = fn () => (array) DB::table('users')->where('id', '>', 0)->orderBy('id')->limit(1)->first(['id', 'root_admin', 'email']);
        $native = $row();

        $emulated = EmulatedPrepares::during(DB::connection(), $row);

        $this->assertSame($native, $emulated);
        $this->assertIsInt($emulated['id']);
        try {
            EmulatedPrepares::during(DB::connection(), fn () => throw new \RuntimeException('boom'));
        } catch (\RuntimeException) {
        }
        $this->assertFalse((bool) DB::connection()->getPdo()->getAttribute(\PDO::ATTR_EMULATE_PREPARES));
    }
}
