<?php

namespace Tiergate\Tests\Integration\Services\Notifications;

use Tiergate\Tests\IntegrationTestCase;
use Tiergate\Tests\Integration\FakesTheOutside;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Grant;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Account;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Settings\Settings;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\NotifiedState;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\OutboundNotification;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Notifications\AccessChangeRecorder;

/** A live reconcile writes `subscriber.access_changed` into the outbox in its own transaction, and only on a change. */
class AccessChangeOutboxTest extends IntegrationTestCase
{
    use FakesTheOutside;
    use NotificationFixtures;

    private const BOT = 'http://127.0.0.1:9/discord-bot';
    private const N8N = 'http://127.0.0.1:9/n8n';

    protected function setUp(): void
    {
        parent::setUp();
        $this->fakeTheOutside();
    }

    public function testACreatedSubscriptionIsOneMessageForEachDestinationWithTheSameId(): void
    {
        $this->notifyTo(self::BOT, self::N8N);
        $this->store('cus_n1', 'subscription.created', 'frost-knight', 1, gameUsername: 'Alex_Stone');
        $this->reconcile('cus_n1');

        $rows = OutboundNotification::query()->orderBy('id')->get();
        $this->assertCount(2, $rows);
        $this->assertSame($rows[0]->message_id, $rows[1]->message_id);
        $this->assertSame($rows[0]->body, $rows[1]->body);
        $body = json_decode($rows[0]->body, true);
        $this->assertSame('subscriber.access_changed', $body['type']);
        $this->assertSame(['id' => 'cus_n1', 'email' => 'cus_n1@example.com', 'game_username' => 'Alex_Stone'], array_intersect_key($body['data']['subscriber'], array_flip(['id', 'email', 'game_username'])));
        $this->assertIsInt($body['data']['subscriber']['panel_user_id']);
        $this->assertSame(['id' => 'sub_cus_n1', 'product' => 'frost-knight'], $body['data']['subscription']);
        $this->assertNull($body['data']['before']);
        $this->assertSame('active', $body['data']['after']['state']);
        $this->assertSame(['key' => 'subscriber_knight', 'name' => 'Knight'], $body['data']['after']['template']);
        $granted = Grant::query()->count();
        $this->assertGreaterThan(0, $granted);
        $this->assertCount($granted, $body['data']['after']['servers']);
        $this->assertMatchesRegularExpression('/^[0-9a-f-]{36}$/', $body['data']['after']['servers'][0]['uuid']);
        $panel = \Illuminate\Support\Facades\DB::table('servers')->whereIn('id', Grant::query()->pluck('server_id'))->get(['uuid', 'name'])
            ->map(fn ($s) => ['uuid' => $s->uuid, 'name' => $s->name])->all();
        usort($panel, fn ($a, $b) => strcasecmp($a['name'], $b['name']) ?: strcmp($a['uuid'], $b['uuid']));
        $this->assertSame($panel, $body['data']['after']['servers'], "the granted servers as the panel's table names them, by name");
    }

    public function testAReconcileThatChangesNothingSendsNothing(): void
    {
        $this->notifyTo(self::BOT);
        $this->store('cus_n2', 'subscription.created', 'frost-knight', 1);
        $this->reconcile('cus_n2');
        $this->reconcile('cus_n2');
        $this->reconcile('cus_n2');

        $this->assertCount(1, $this->messagesTo(self::BOT));
    }

    public function testAnUpgradeSaysWhatItWasBeforeAndMessagesStayInOrder(): void
    {
        $this->notifyTo(self::BOT);
        $this->store('cus_n3', 'subscription.created', 'frost-knight', 1);
        $this->reconcile('cus_n3');
        $this->store('cus_n3', 'subscription.updated', 'frost-master', 2);
        $this->reconcile('cus_n3');
        $this->store('cus_n3', 'subscription.cancelled', 'frost-master', 3, 'cancelled');
        $this->reconcile('cus_n3');

        $messages = $this->messagesTo(self::BOT);
        $this->assertSame([null, 'subscriber_knight', 'subscriber_master'], array_map(fn ($m) => $m['data']['before']['template']['key'] ?? null, $messages));
        $this->assertSame(['subscriber_knight', 'subscriber_master', 'subscriber_master'], array_map(fn ($m) => $m['data']['after']['template']['key'], $messages));
        $this->assertSame(['active', 'active', 'ended'], array_map(fn ($m) => $m['data']['after']['state'], $messages));
        $this->assertSame($messages[0]['data']['after'], $messages[1]['data']['before']);
        $this->assertSame([], $messages[2]['data']['after']['servers']);
    }

    public function testARolledBackReconcileLeavesNeitherTheChangeNorItsMessage(): void
    {
        $this->notifyTo(self::BOT);
        $this->store('cus_n4', 'subscription.created', 'frost-knight', 1);
        $this->app->bind(AccessChangeRecorder::class, fn ($app) => new class ($app->make(\Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Notifications\NotificationOutbox::class)) extends AccessChangeRecorder {
            public function record(string $customerId, array $states, array $catalogue, ?Account $account, \Carbon\CarbonImmutable $now, array $servers): int
            {
                parent::record($customerId, $states, $catalogue, $account, $now, $servers);
                throw new \RuntimeException('the reconcile fails after the message was written');
            }
        });

        try {
            $this->reconcile('cus_n4');
            $this->fail('the reconcile should have failed');
        } catch (\RuntimeException $e) {
            $this->assertStringContainsString('after the message was written', $e->getMessage());
        }
        $this->assertSame(0, Grant::query()->count());
        $this->assertSame(0, OutboundNotification::query()->count());
        $this->assertSame(0, NotifiedState::query()->count());

        $this->app->forgetInstance(AccessChangeRecorder::class);
        $this->app->offsetUnset(AccessChangeRecorder::class);
        $this->reconcile('cus_n4');
        $this->assertCount(1, $this->messagesTo(self::BOT));
    }

    public function testShadowModeSendsNothingAndGoingLiveReportsWhatChanged(): void
    {
        $this->notifyTo(self::BOT);
        app(Settings::class)->set(Settings::APPLY_MODE, 'shadow');
        $this->store('cus_n5', 'subscription.created', 'frost-knight', 1);
        $this->reconcile('cus_n5');
        $this->assertSame([], $this->messagesTo(self::BOT));

        app(Settings::class)->set(Settings::APPLY_MODE, 'live');
        $this->reconcile('cus_n5');
        $this->assertCount(1, $this->messagesTo(self::BOT));
    }

    public function testWithNoDestinationThePictureIsKeptSoAddingOneLaterDoesNotReplayHistory(): void
    {
        $this->store('cus_n6', 'subscription.created', 'frost-knight', 1);
        $this->reconcile('cus_n6');
        $this->assertSame(0, OutboundNotification::query()->count());
        $this->assertSame(1, NotifiedState::query()->count());

        $this->notifyTo(self::BOT);
        $this->reconcile('cus_n6');
        $this->assertSame([], $this->messagesTo(self::BOT));

        $this->store('cus_n6', 'payment.failed', 'frost-knight', 2);
        $this->reconcile('cus_n6');
        $messages = $this->messagesTo(self::BOT);
        $this->assertCount(1, $messages);
        $this->assertSame(['active', 'grace'], [$messages[0]['data']['before']['state'], $messages[0]['data']['after']['state']]);
    }

    public function testANewGameUsernameIsNewsEvenWhenAccessStaysTheSame(): void
    {
        $this->notifyTo(self::BOT);
        $this->store('cus_n7', 'subscription.created', 'frost-knight', 1, gameUsername: 'OldName');
        $this->reconcile('cus_n7');
        $this->store('cus_n7', 'subscription.updated', 'frost-knight', 2, gameUsername: 'NewName');
        $this->reconcile('cus_n7');

        $messages = $this->messagesTo(self::BOT);
        $this->assertCount(2, $messages);
        $this->assertSame(['OldName', 'NewName'], [$messages[1]['data']['before']['game_username'], $messages[1]['data']['after']['game_username']]);
    }

    public function testAnAdminsCorrectionOfTheNameIsWhatTheMessageSays(): void
    {
        $this->notifyTo(self::BOT);
        $this->store('cus_n8', 'subscription.created', 'frost-knight', 1, gameUsername: 'Wrong_Name');
        $this->reconcile('cus_n8');
        Account::query()->where('customer_id', 'cus_n8')->update(['game_username_override' => 'Right_Name', 'game_username_override_base' => 'Wrong_Name']);
        $this->reconcile('cus_n8');

        $messages = $this->messagesTo(self::BOT);
        $this->assertCount(2, $messages);
        $this->assertSame('Right_Name', $messages[1]['data']['subscriber']['game_username']);
        $this->assertSame(['Wrong_Name', 'Right_Name'], [$messages[1]['data']['before']['game_username'], $messages[1]['data']['after']['game_username']]);
    }
}
