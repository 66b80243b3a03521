<?php

namespace Tiergate\Tests\Unit\Contract;

use Tiergate\Tests\TestCase;
use PHPUnit\Framework\Attributes\DataProvider;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Contract\EventDecoder;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Contract\SchemaValidator;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Webhooks\WebhookRejected;

/** The same cases tests/unit/contract.test.ts runs through ajv: both sides must agree on every one. */
class SchemaValidatorTest extends TestCase
{
    private const OUTCOMES = [400 => 'malformed', 422 => 'invalid'];

    /** Decoded as the route decodes (objects stay objects), so `{}` and `[]` reach the validator as ajv sees them. */
    private static function cases(): array
    {
        return json_decode(file_get_contents(self::fixture('events/contract-cases.json')), false, 64, JSON_THROW_ON_ERROR);
    }

    public static function contractCases(): array
    {
        $cases = array_filter(self::cases(), fn ($c) => isset($c->schema));

        return array_combine(array_column($cases, 'name'), array_map(fn ($c) => [$c->schema, $c->body, $c->valid], $cases));
    }

    public static function rawBodyCases(): array
    {
        $cases = array_filter(self::cases(), fn ($c) => isset($c->raw));

        return array_combine(array_column($cases, 'name'), array_map(fn ($c) => [$c->raw, $c->outcome], $cases));
    }

    #[DataProvider('contractCases')]
    public function testThePhpValidatorAgreesWithTheSharedCase(string $schema, mixed $body, bool $valid): void
    {
        $validator = SchemaValidator::fromFile(self::schemaDir() . "/{$schema}.schema.json");
        $errors = $validator->validate($body);
        $this->assertSame($valid, $errors === [], json_encode($errors));
    }

    #[DataProvider('rawBodyCases')]
    public function testTheDecoderAgreesWithTheSharedRawCase(string $raw, string $outcome): void
    {
        try {
            (new EventDecoder())->decode($raw, time());
            $got = 'valid';
        } catch (WebhookRejected $e) {
            $got = self::OUTCOMES[$e->status] ?? "status {$e->status}";
        }
        $this->assertSame($outcome, $got);
    }

    public function testWholeNumbersWrittenAsDecimalsAreStoredAsIntegers(): void
    {
        $event = (new EventDecoder())->decode('{"type":"payment.failed","timestamp":"2026-11-24T06:00:00Z","data":{"subscription":'
            . '{"id":1001.0,"status":"active","product":{"id":7e0},"sequence":3.0},"customer":{"id":5.01e2,"email":"a@b.co"}}}', time());
        $this->assertSame('1001', $event->subscriptionId);
        $this->assertSame('501', $event->customerId);
        $this->assertSame(3, $event->sequence);
        $this->assertSame(7, $event->canonical['data']['subscription']['product']['id']);
    }

    public function testErrorsPointAtTheOffendingValue(): void
    {
        $validator = SchemaValidator::fromFile(self::schemaDir() . '/event.schema.json');
        $errors = $validator->validate(json_decode(json_encode(['type' => 'subscription.created', 'timestamp' => '2026-11-24T06:00:00Z', 'data' => [
            'subscription' => ['id' => 1, 'status' => 'paused', 'product' => ['id' => 1]],
            'customer' => ['id' => 1],
        ]])));
        $this->assertContains('/data/subscription/status must be one of "pending", "active", "suspended", "cancelled"', $errors);
        $this->assertContains('/data/customer must have property "email"', $errors);
    }

    public function testAKeywordItDoesNotImplementFailsLoudly(): void
    {
        $this->expectException(\LogicException::class);
        (new SchemaValidator(['type' => 'object', 'patternProperties' => []]))->validate(new \stdClass());
    }

    private static function schemaDir(): string
    {
        // The files EventDecoder reads (links to contract/, resolved into copies by the build).
        return dirname(__DIR__, 4) . '/blueprint/app/Contract';
    }
}
