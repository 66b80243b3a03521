<?php

namespace Tiergate\Tests\Integration\Services\Secrets;

use Carbon\CarbonImmutable;
use Illuminate\Support\Facades\DB;
use Tiergate\Tests\IntegrationTestCase;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Settings\Settings;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Secrets\WebhookSecretService;

class WebhookSecretServiceTest extends IntegrationTestCase
{
    public function testARotationKeepsThePreviousSecretForTheOverlapOnly(): void
    {
        $secrets = app(WebhookSecretService::class);
        $now = CarbonImmutable::parse('2026-11-24T00:00:00Z');
        $old = $secrets->rotate($now);
        $new = $secrets->rotate($now);

        $this->assertSame([$new, $old], $secrets->accepted($now->addHours(23)));
        $this->assertSame([$new], $secrets->accepted($now->addHours(24)));
    }

    public function testTheOverlapIsASetting(): void
    {
        app(Settings::class)->set(Settings::SECRET_OVERLAP_HOURS, 2);
        $secrets = app(WebhookSecretService::class);
        $now = CarbonImmutable::now();
        $secrets->rotate($now);
        $secrets->rotate($now);
        $this->assertCount(1, $secrets->accepted($now->addHours(2)));
    }

    public function testSecretsAreStoredEncrypted(): void
    {
        $secret = app(WebhookSecretService::class)->rotate(CarbonImmutable::now());
        $raw = DB::table('tiergate_settings')->where('key', Settings::WEBHOOK_SECRET)->value('value');
        $this->assertStringNotContainsString(substr($secret, 6, 20), $raw);
        $this->assertSame($secret, app(Settings::class)->get(Settings::WEBHOOK_SECRET));
    }

    public function testAMalformedSecretIsRefusedWithAHint(): void
    {
        $this->expectExceptionMessage('whsec_');
        app(WebhookSecretService::class)->rotate(CarbonImmutable::now(), 'whsec_c2hvcnQ=');
    }

    public function testGeneratedSecretsCarry32RandomBytes(): void
    {
        $secret = WebhookSecretService::generate();
        $this->assertStringStartsWith('whsec_', $secret);
        $this->assertSame(32, strlen(base64_decode(substr($secret, 6), true)));
        $this->assertNotSame($secret, WebhookSecretService::generate());
    }

    public function testASecretStoredUnderAnotherAppKeyCountsAsUnsetAndCanBeReplaced(): void
    {
        $other = new \Illuminate\Encryption\Encrypter(random_bytes(32), 'AES-256-CBC');
        DB::table('tiergate_settings')->insert(['key' => Settings::WEBHOOK_SECRET, 'value' => $other->encryptString('"whsec_x"'), 'created_at' => now(), 'updated_at' => now()]);

        $secrets = app(WebhookSecretService::class);
        $this->assertFalse($secrets->hasSecret());
        $new = $secrets->rotate(CarbonImmutable::now());
        $this->assertSame([$new], app(WebhookSecretService::class)->accepted(CarbonImmutable::now()));
    }
}
