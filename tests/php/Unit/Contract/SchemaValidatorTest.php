<?php

namespace Tiergate\Tests\Unit\Contract;

use PHPUnit\Framework\Attributes\DataProvider;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Contract\SchemaValidator;
use Tiergate\Tests\TestCase;

/** The same cases tests/unit/contract.test.ts runs through ajv: both sides must agree on every one. */
class SchemaValidatorTest extends TestCase
{
    public static function contractCases(): array
    {
        $cases = json_decode(file_get_contents(self::fixture('events/contract-cases.json')), true, 64, JSON_THROW_ON_ERROR);

        return array_combine(array_column($cases, 'name'), array_map(fn ($c) => [$c['schema'], $c['body'], $c['valid']], $cases));
    }

    #[DataProvider('contractCases')]
    public function testThePhpValidatorAgreesWithTheSharedCase(string $schema, mixed $body, bool $valid): void
    {
        $validator = SchemaValidator::fromFile(self::schemaDir() . "/{$schema}.schema.json");
        $errors = $validator->validate($body);
        $this->assertSame($valid, $errors === [], json_encode($errors));
    }

    public function testErrorsPointAtTheOffendingValue(): void
    {
        $validator = SchemaValidator::fromFile(self::schemaDir() . '/event.schema.json');
        $errors = $validator->validate(['type' => 'subscription.created', 'timestamp' => '2026-11-24T06:00:00Z', 'data' => [
            'subscription' => ['id' => 1, 'status' => 'paused', 'product' => ['id' => 1]],
            'customer' => ['id' => 1],
        ]]);
        $this->assertContains('/data/subscription/status must be one of "pending", "active", "suspended", "cancelled"', $errors);
        $this->assertContains('/data/customer must have property "email"', $errors);
    }

    public function testAKeywordItDoesNotImplementFailsLoudly(): void
    {
        $this->expectException(\LogicException::class);
        (new SchemaValidator(['type' => 'object', 'patternProperties' => []]))->validate([]);
    }

    private static function schemaDir(): string
    {
        // The copy installed in the panel, i.e. what the webhook route really validates with.
        return getenv('TIERGATE_PANEL_DIR') . '/app/BlueprintFramework/Extensions/tiergate/Contract';
    }
}
