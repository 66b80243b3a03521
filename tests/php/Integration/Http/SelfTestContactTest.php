<?php

namespace Tiergate\Tests\Integration\Http;

use Carbon\CarbonImmutable;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Settings\Settings;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Health\SelfTest;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Webhooks\SignatureVerifier;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Secrets\WebhookSecretService;

/** Issue 12.10: the panel's own test event is a self-test; only Paymenter's ping is "last test ping from Paymenter". */
class SelfTestContactTest extends AdminApiTestCase
{
    private string $secret;

    protected function setUp(): void
    {
        parent::setUp();
        $this->secret = WebhookSecretService::generate();
        app(WebhookSecretService::class)->rotate(CarbonImmutable::now(), $this->secret);
        app(Settings::class)->set(Settings::LAST_CONTACT_AT, null);
        app(Settings::class)->set(Settings::LAST_SELF_TEST_AT, null);
    }

    public function testTheSelfTestPingIsRecordedApartFromPaymentersPing(): void
    {
        $this->ping(SelfTest::newWebhookId(), 'admin test')->assertOk()->assertJson(['status' => 'pong']);
        $overview = $this->api('GET', '/overview')->json();
        $this->assertNotNull($overview['last_self_test_at']);
        $this->assertNull($overview['last_paymenter_ping_at'], 'the self-test must not count as contact from Paymenter');
        $this->assertFalse(collect($overview['setup'])->firstWhere('step', 'first_delivery')['done']);

        $this->ping('msg_ping_' . bin2hex(random_bytes(8)), 'paymenter test connection')->assertOk();
        $settings = $this->api('GET', '/settings')->json();
        $this->assertNotNull($settings['last_paymenter_ping_at']);
        $this->assertNotNull($settings['last_self_test_at']);
    }

    private function ping(string $id, string $source): \Illuminate\Testing\TestResponse
    {
        $body = json_encode(['type' => 'ping', 'timestamp' => CarbonImmutable::now()->toIso8601ZuluString(), 'data' => ['source' => $source]]);
        $timestamp = time();

        return $this->call('POST', '/extensions/tiergate/webhook', [], [], [], [
            'CONTENT_TYPE' => 'application/json',
            'HTTP_WEBHOOK_ID' => $id,
            'HTTP_WEBHOOK_TIMESTAMP' => (string) $timestamp,
            'HTTP_WEBHOOK_SIGNATURE' => SignatureVerifier::sign($this->secret, $id, $timestamp, $body),
            'REMOTE_ADDR' => '127.0.0.1',
        ], $body);
    }
}
