<?php

namespace Tiergate\Tests\Unit\Contract;

use Tiergate\Tests\TestCase;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\Event;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Contract\EventDecoder;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Contract\SchemaValidator;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Webhooks\WebhookRejected;

/**
 * What the webhook stores for a body: the canonical form, which the core reads (Event::fromCanonical). Which bodies
 * are refused is the shared case list's job (SchemaValidatorTest); this is about what an accepted one becomes.
 */
class EventDecoderTest extends TestCase
{
    private const DELIVERED_AT = 1795500000; // 2026-11-24T06:00:00Z

    public function testTheFlatFormBecomesACanonicalEventTheCoreReads(): void
    {
        $decoded = (new EventDecoder())->decode(json_encode([
            'event' => 'subscription.created', 'subscription_id' => 77, 'customer_email' => 'Alex@Example.COM',
            'product_id' => 12, 'tier' => 'subscriber_knight', 'status' => 'active',
        ]), self::DELIVERED_AT);

        $schema = SchemaValidator::fromFile(dirname(__DIR__, 4) . '/contract/event.schema.json');
        $this->assertSame([], $schema->validate(json_decode(json_encode($decoded->canonical))));
        $this->assertSame([EventDecoder::FORMAT_FLAT, '77', 'email:alex@example.com'], [$decoded->format, $decoded->subscriptionId, $decoded->customerId]);

        $event = Event::fromCanonical('msg_1', $decoded->canonical);
        $this->assertSame('2026-11-24T06:00:00+00:00', $event->occurredAt->format(DATE_ATOM), 'the delivery time stands in');
        $this->assertSame(['alex@example.com', '12', 'subscriber_knight', null], [$event->customerEmail, $event->productKey, $event->templateHint, $event->sequence]);
    }

    public function testACanonicalEventKeepsItsOwnTimeInUtcAndItsIdsAsStrings(): void
    {
        $decoded = (new EventDecoder())->decode(json_encode([
            'type' => 'payment.failed', 'timestamp' => '2026-11-20T08:00:00+02:00',
            'data' => [
                'subscription' => ['id' => 1001, 'status' => 'active', 'product' => ['id' => 7], 'sequence' => 4],
                'customer' => ['id' => 501, 'email' => 'a@b.co'],
            ],
        ]), self::DELIVERED_AT);

        $this->assertSame('2026-11-20T06:00:00+00:00', $decoded->occurredAt->format(DATE_ATOM));
        $this->assertSame([EventDecoder::FORMAT_CANONICAL, '1001', '501', 4], [$decoded->format, $decoded->subscriptionId, $decoded->customerId, $decoded->sequence]);
        $this->assertFalse($decoded->isPing());
    }

    public function testAPingHasNoSubscriptionOrCustomer(): void
    {
        $ping = (new EventDecoder())->decode('{"type":"ping","timestamp":"2026-11-24T06:00:00Z","data":{}}', self::DELIVERED_AT);

        $this->assertTrue($ping->isPing());
        $this->assertSame([null, null, null], [$ping->subscriptionId, $ping->customerId, $ping->sequence]);
    }

    public function testJsonThatIsNotAnObjectIsAContractViolationNotAParseError(): void
    {
        try {
            (new EventDecoder())->decode('[{"type":"ping"}]', self::DELIVERED_AT);
            $this->fail('an array was accepted');
        } catch (WebhookRejected $e) {
            $this->assertSame([422, 'invalid'], [$e->status, $e->reasonCode]);
        }
    }
}
