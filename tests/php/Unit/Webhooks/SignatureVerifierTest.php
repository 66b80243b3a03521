<?php

namespace Tiergate\Tests\Unit\Webhooks;

use Tiergate\Tests\TestCase;
use PHPUnit\Framework\Attributes\DataProvider;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Webhooks\WebhookRejected;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Webhooks\SignatureVerifier;

class SignatureVerifierTest extends TestCase
{
    private const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
    private const ID = 'msg_p5jXN8AQM9LWM0D4loKWxJek';
    private const TIMESTAMP = '1614265330';
    private const BODY = '{"test": 2432232314}';
    private const SIGNATURE = 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=';

    public function testTheStandardWebhooksTestVectorSignsAndVerifies(): void
    {
        $this->assertSame(self::SIGNATURE, SignatureVerifier::sign(self::SECRET, self::ID, (int) self::TIMESTAMP, self::BODY));

        (new SignatureVerifier())->verify(self::ID, self::TIMESTAMP, self::SIGNATURE, self::BODY, [self::SECRET], (int) self::TIMESTAMP);
        $this->addToAssertionCount(1);
    }

    public function testASecretWithoutThePrefixIsTheSameKey(): void
    {
        (new SignatureVerifier())->verify(self::ID, self::TIMESTAMP, self::SIGNATURE, self::BODY, [substr(self::SECRET, 6)], (int) self::TIMESTAMP);
        $this->addToAssertionCount(1);
    }

    public function testAnyMatchingSignatureAmongDecoysIsAccepted(): void
    {
        $header = 'v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc= v2,xxx ' . self::SIGNATURE . ' v1a,zzz';
        (new SignatureVerifier())->verify(self::ID, self::TIMESTAMP, $header, self::BODY, [self::SECRET], (int) self::TIMESTAMP);
        $this->addToAssertionCount(1);
    }

    public function testDuringRotationEitherSecretVerifies(): void
    {
        $old = 'whsec_' . base64_encode(random_bytes(32));
        $new = 'whsec_' . base64_encode(random_bytes(32));
        $verifier = new SignatureVerifier();
        foreach ([$old, $new] as $signedWith) {
            $signature = SignatureVerifier::sign($signedWith, 'msg_1', 1700000000, '{}');
            $verifier->verify('msg_1', '1700000000', $signature, '{}', [$new, $old], 1700000000);
        }
        $this->expectExceptionObject(WebhookRejected::badSignature('No signature matches a current secret; check the secret pasted into Paymenter.'));
        $verifier->verify('msg_1', '1700000000', SignatureVerifier::sign($old, 'msg_1', 1700000000, '{}'), '{}', [$new], 1700000000);
    }

    public static function rejectedDeliveries(): array
    {
        return [
            'a bare v1' => [self::ID, self::TIMESTAMP, 'v1', self::BODY, (int) self::TIMESTAMP, 'no v1 signature'],
            'an empty v1 signature' => [self::ID, self::TIMESTAMP, 'v1,', self::BODY, (int) self::TIMESTAMP, 'no v1 signature'],
            'only other versions' => [self::ID, self::TIMESTAMP, 'v1a,abc v2,def', self::BODY, (int) self::TIMESTAMP, 'no v1 signature'],
            'a changed body' => [self::ID, self::TIMESTAMP, self::SIGNATURE, '{"test": 2432232315}', (int) self::TIMESTAMP, 'No signature matches'],
            'a changed id' => ['msg_other', self::TIMESTAMP, self::SIGNATURE, self::BODY, (int) self::TIMESTAMP, 'No signature matches'],
            'a timestamp with trailing garbage' => [self::ID, '1614265330x', self::SIGNATURE, self::BODY, (int) self::TIMESTAMP, 'whole Unix seconds'],
            'a negative timestamp' => [self::ID, '-1614265330', self::SIGNATURE, self::BODY, (int) self::TIMESTAMP, 'whole Unix seconds'],
            'a float timestamp' => [self::ID, '1614265330.5', self::SIGNATURE, self::BODY, (int) self::TIMESTAMP, 'whole Unix seconds'],
            'a timestamp 301 s old' => [self::ID, self::TIMESTAMP, self::SIGNATURE, self::BODY, (int) self::TIMESTAMP + 301, 'away from the panel'],
            'a timestamp 301 s ahead' => [self::ID, self::TIMESTAMP, self::SIGNATURE, self::BODY, (int) self::TIMESTAMP - 301, 'away from the panel'],
            'an id with a full stop' => ['msg.1', self::TIMESTAMP, self::SIGNATURE, self::BODY, (int) self::TIMESTAMP, 'webhook-id must be'],
            'an id with a space' => ['msg 1', self::TIMESTAMP, self::SIGNATURE, self::BODY, (int) self::TIMESTAMP, 'webhook-id must be'],
            'an id with a byte that is not UTF-8' => ["msg_\xff1", self::TIMESTAMP, self::SIGNATURE, self::BODY, (int) self::TIMESTAMP, 'webhook-id must be'],
            'an id with a control character' => ["msg_\x011", self::TIMESTAMP, self::SIGNATURE, self::BODY, (int) self::TIMESTAMP, 'webhook-id must be'],
            'an id with a trailing newline' => [self::ID . "\n", self::TIMESTAMP, self::SIGNATURE, self::BODY, (int) self::TIMESTAMP, 'webhook-id must be'],
            'an id with non-ASCII text' => ['msg_zoë', self::TIMESTAMP, self::SIGNATURE, self::BODY, (int) self::TIMESTAMP, 'webhook-id must be'],
            'a timestamp with a trailing newline' => [self::ID, self::TIMESTAMP . "\n", self::SIGNATURE, self::BODY, (int) self::TIMESTAMP, 'whole Unix seconds'],
            'two ids joined by a proxy' => [self::ID . ', msg_other', self::TIMESTAMP, self::SIGNATURE, self::BODY, (int) self::TIMESTAMP, 'webhook-id must be'],
            'two timestamps joined by a proxy' => [self::ID, '1614264000, ' . self::TIMESTAMP, self::SIGNATURE, self::BODY, (int) self::TIMESTAMP, 'whole Unix seconds'],
            'a bogus and a valid signature joined by a proxy' => [self::ID, self::TIMESTAMP, 'v1,bogus, ' . self::SIGNATURE, self::BODY, (int) self::TIMESTAMP, 'sent more than once'],
        ];
    }

    #[DataProvider('rejectedDeliveries')]
    public function testABadDeliveryIsRejectedWith401AndAReason(string $id, string $timestamp, string $signature, string $body, int $now, string $reason): void
    {
        try {
            (new SignatureVerifier())->verify($id, $timestamp, $signature, $body, [self::SECRET], $now);
            $this->fail('The delivery was accepted.');
        } catch (WebhookRejected $e) {
            $this->assertSame(401, $e->status);
            $this->assertStringContainsString($reason, $e->getMessage());
        }
    }

    public function testTheWindowIncludesExactly300SecondsEitherWay(): void
    {
        $verifier = new SignatureVerifier();
        $verifier->verify(self::ID, self::TIMESTAMP, self::SIGNATURE, self::BODY, [self::SECRET], (int) self::TIMESTAMP + 300);
        $verifier->verify(self::ID, self::TIMESTAMP, self::SIGNATURE, self::BODY, [self::SECRET], (int) self::TIMESTAMP - 300);
        $this->addToAssertionCount(2);
    }
}
