<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Contract;

use Carbon\CarbonImmutable;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Webhooks\WebhookRejected;

/**
 * Raw body → ContractEvent: parse (bounded depth), validate against the contract's schemas, and normalize
 * the flat form `{event, subscription_id, customer_email, product_id, tier, game_username, status}` into the canonical one.
 */
class EventDecoder
{
    public const MAX_DEPTH = 32;
    public const FORMAT_CANONICAL = 'canonical';
    public const FORMAT_FLAT = 'flat';
    public const MAX_SAFE_INTEGER = 9007199254740991;

    /** @var array<string, SchemaValidator> */
    private static array $validators = [];

    public function decode(string $body, int $deliveredAt): ContractEvent
    {
        $decoded = self::parse($body);
        $json = self::toArray($decoded);
        if (!$decoded instanceof \stdClass) {
            throw WebhookRejected::invalid(['/ must be an object']);
        }

        $isFlat = property_exists($decoded, 'event') && !property_exists($decoded, 'type');
        $errors = self::validator($isFlat ? 'flat-event' : 'event')->validate($decoded);
        if ($errors !== []) {
            throw WebhookRejected::invalid($errors);
        }

        return $isFlat ? $this->fromFlat($json, $deliveredAt) : $this->fromCanonical($json);
    }

    /**
     * JSON text → JSON value, objects as stdClass (so `{}` and `[]` differ, as in the schema). Everything refused
     * here is a 400; contract/validate.ts decodeEvent() refuses the same bodies.
     */
    public static function parse(string $body): mixed
    {
        if (trim($body) === '') {
            throw WebhookRejected::malformed('The body is empty; send the event as JSON.');
        }
        try {
            // json_decode's depth counts the scalar level too: MAX_DEPTH nested objects/arrays need one more.
            return json_decode($body, false, self::MAX_DEPTH + 1, JSON_THROW_ON_ERROR);
        } catch (\JsonException $e) {
            throw WebhookRejected::malformed(match ($e->getCode()) {
                JSON_ERROR_DEPTH => 'The JSON is nested deeper than ' . self::MAX_DEPTH . ' levels.',
                JSON_ERROR_INVALID_PROPERTY_NAME => 'The JSON has a property name that starts with a NUL character.',
                default => 'The body is not valid JSON: ' . $e->getMessage() . '.',
            });
        }
    }

    /** The decoded tree as arrays for normalizing and storing; whole numbers written as 1.0 or 1e1 become integers. */
    private static function toArray(mixed $value): mixed
    {
        if ($value instanceof \stdClass || is_array($value)) {
            return array_map(self::toArray(...), (array) $value);
        }
        if (is_float($value)) {
            if (!is_finite($value)) {
                throw WebhookRejected::malformed('The JSON holds a number too large to represent.');
            }
            if (floor($value) === $value && abs($value) <= self::MAX_SAFE_INTEGER) {
                return (int) $value;
            }
        }

        return $value;
    }

    /** @param array<string, mixed> $json */
    private function fromCanonical(array $json): ContractEvent
    {
        $subscription = $json['data']['subscription'] ?? null;
        $customer = $json['data']['customer'] ?? null;

        return new ContractEvent(
            type: $json['type'],
            format: self::FORMAT_CANONICAL,
            occurredAt: CarbonImmutable::parse($json['timestamp'])->utc(),
            subscriptionId: $subscription ? (string) $subscription['id'] : null,
            customerId: $customer ? (string) $customer['id'] : null,
            sequence: isset($subscription['sequence']) ? (int) $subscription['sequence'] : null,
            canonical: $json,
        );
    }

    /** The flat form has no event time or customer id: the delivery's time stands in, and the email links the account. */
    /** @param array<string, mixed> $json */
    private function fromFlat(array $json, int $deliveredAt): ContractEvent
    {
        $occurredAt = CarbonImmutable::createFromTimestampUTC($deliveredAt);
        $email = strtolower($json['customer_email']);
        $canonical = [
            'type' => $json['event'],
            'timestamp' => $occurredAt->toIso8601ZuluString(),
            'data' => [
                'subscription' => [
                    'id' => (string) $json['subscription_id'],
                    'status' => $json['status'],
                    'product' => ['id' => (string) $json['product_id'], 'tier' => $json['tier'] ?? null],
                ],
                'customer' => ['id' => "email:{$email}", 'email' => $email] + (array_key_exists('game_username', $json) ? ['game_username' => $json['game_username']] : []),
            ],
        ];

        return new ContractEvent($json['event'], self::FORMAT_FLAT, $occurredAt, (string) $json['subscription_id'], "email:{$email}", null, $canonical);
    }

    private static function validator(string $name): SchemaValidator
    {
        return self::$validators[$name] ??= SchemaValidator::fromFile(__DIR__ . "/{$name}.schema.json");
    }
}
