<?php

namespace Tiergate\Tests\Integration\Http;

use Illuminate\Support\Str;
use Illuminate\Support\Facades\Queue;
use Tiergate\Tests\Integration\DemoTiers;
use Illuminate\Support\Facades\Notification;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\InboxEvent;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\Trigger;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\SubscriberReconciliationService;

/** The subscriber page's in-game name: shown, corrected by the admin, refused when hostile. */
class SubscriberGameNameTest extends AdminApiTestCase
{
    private const CUSTOMER = 'cus_game_name';

    protected function setUp(): void
    {
        parent::setUp();
        Notification::fake();
        Queue::fake();
        DemoTiers::import();
        InboxEvent::query()->create([
            'webhook_id' => 'msg_' . Str::random(12), 'type' => 'subscription.created', 'format' => 'canonical',
            'subscription_id' => 'sub_game_name', 'customer_id' => self::CUSTOMER, 'occurred_at' => now(), 'sequence' => 1, 'body' => '{}',
            'canonical' => ['type' => 'subscription.created', 'timestamp' => now()->toIso8601String(), 'data' => [
                'subscription' => ['id' => 'sub_game_name', 'status' => 'active', 'product' => ['id' => 'awakened', 'slug' => 'awakened'], 'sequence' => 1],
                'customer' => ['id' => self::CUSTOMER, 'email' => 'game-name@example.com', 'game_username' => 'Steve'],
            ]],
            'headers' => [], 'source_ip' => '127.0.0.1', 'received_at' => now(),
        ]);
        app(SubscriberReconciliationService::class)->handle(self::CUSTOMER, Trigger::command('test'));
    }

    public function testThePageShowsTheNameFromBillingAndAnAdminCorrectionWins(): void
    {
        $this->api('GET', '/subscriber-game/' . self::CUSTOMER)->assertOk()
            ->assertJsonPath('name', ['from_billing' => 'Steve', 'override' => null, 'override_active' => false, 'effective' => 'Steve'])
            ->assertJsonStructure(['commands']);

        $this->api('POST', '/subscribers/' . self::CUSTOMER . '/game-name', ['name' => 'Steve_2'])->assertOk()
            ->assertJsonPath('name', ['from_billing' => 'Steve', 'override' => 'Steve_2', 'override_active' => true, 'effective' => 'Steve_2']);

        $this->api('POST', '/subscribers/' . self::CUSTOMER . '/game-name', ['name' => ''])->assertOk()
            ->assertJsonPath('name.override', null)->assertJsonPath('name.effective', 'Steve');
    }

    public static function hostileNames(): array
    {
        return [['Steve op'], ["Steve\nop"], ['Steve;op'], ['Steve§4'], ['"Steve"'], ["Steve\x07"], ['{player}']];
    }

    #[\PHPUnit\Framework\Attributes\DataProvider('hostileNames')]
    public function testAHostileNameIsRefusedWithTheReasonAndChangesNothing(string $name): void
    {
        $response = $this->api('POST', '/subscribers/' . self::CUSTOMER . '/game-name', ['name' => $name])->assertStatus(422);
        $this->assertNotEmpty($response->json('errors.name.0'));
        $this->api('GET', '/subscriber-game/' . self::CUSTOMER)->assertJsonPath('name.effective', 'Steve');
    }

    public function testAnUnknownSubscriberIs404(): void
    {
        $this->api('POST', '/subscribers/nobody/game-name', ['name' => 'Steve'])->assertNotFound();
        $this->api('GET', '/subscriber-game/nobody')->assertNotFound();
    }
}
