<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Contract;

use Carbon\CarbonImmutable;
use JsonException;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Webhooks\WebhookRejected;

/**
 * Raw body → ContractEvent: parse (bounded depth), validate against the contract's schemas, and normalize
 * the flat form `{event, subscription_id, customer_email, product_id, tier, status}` into the canonical one.
 */
class EventDecoder
{
    public const MAX_DEPTH = 32;
    public const FORMAT_CANONICAL = 'canonical';
    public const FORMAT_FLAT = 'flat';

    private static array $validators = [];

    public function decode(string $body, int $deliveredAt): ContractEvent
    {
        if (trim($body) === '') {
            throw WebhookRejected::malformed('The body is empty; send the event as JSON.');
        }
        try {
            $json = json_decode($body, true, self::MAX_DEPTH, JSON_THROW_ON_ERROR | JSON_BIGINT_AS_STRING);
        } catch (JsonException $e) {
            throw WebhookRejected::malformed($e->getCode() === JSON_ERROR_DEPTH
                ? 'The JSON is nested deeper than ' . self::MAX_DEPTH . ' levels.'
                : 'The body is not valid JSON: ' . $e->getMessage() . '.');
        }
        if (!is_array($json) || ($json !== [] && array_is_list($json))) {
            throw WebhookRejected::invalid(['/ must be an object']);
        }

        $isFlat = array_key_exists('event', $json) && !array_key_exists('type', $json);
        $errors = self::validator($isFlat ? 'flat-event' : 'event')->validate($json);
        if ($errors !== []) {
            throw WebhookRejected::invalid($errors);
        }

        return $isFlat ? $this->fromFlat($json, $deliveredAt) : $this->fromCanonical($json);
    }

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
                    'product' => ['id' => (string) $json['product_id'], 'slug' => $json['tier'] ?? null],
                ],
                'customer' => ['id' => "email:{$email}", 'email' => $email],
            ],
        ];

        return new ContractEvent($json['event'], self::FORMAT_FLAT, $occurredAt, (string) $json['subscription_id'], "email:{$email}", null, $canonical);
    }

    private static function validator(string $name): SchemaValidator
    {
        return self::$validators[$name] ??= SchemaValidator::fromFile(__DIR__ . "/{$name}.schema.json");
    }
}
