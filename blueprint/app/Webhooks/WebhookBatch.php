<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Webhooks;

use Pterodactyl\BlueprintFramework\Extensions\tiergate\Contract\EventDecoder;

/**
 * A signed delivery that carries several events: `{"batch": [{"id": …, "body": …}, …]}`. Each item is what one
 * delivery would have carried (its webhook-id and its exact body text), so it is stored and answered as that delivery
 * would be; the envelope is signed once. Paymenter's outbox sends one when it has a backlog, so a burst costs the
 * panel one boot per batch rather than per event.
 */
final class WebhookBatch
{
    public const MAX_ITEMS = 100;

    /** @param list<array{id: string, body: string}> $items */
    private function __construct(public readonly array $items)
    {
    }

    /** @return self|null null when the body is not a batch (then it is one event) */
    public static function fromBody(string $body): ?self
    {
        // Cheap first: an event body has no "batch" key, and parsing it twice would cost every single delivery.
        if (!str_contains($body, '"batch"')) {
            return null;
        }
        $decoded = EventDecoder::parse($body);
        if (!$decoded instanceof \stdClass || !property_exists($decoded, 'batch')) {
            return null;
        }
        $extra = array_diff(array_keys((array) $decoded), ['batch']);
        if ($extra !== []) {
            throw WebhookRejected::invalidBatch('a batch has only the "batch" key, not ' . json_encode(array_values($extra)));
        }
        if (!is_array($decoded->batch) || $decoded->batch === [] || count($decoded->batch) > self::MAX_ITEMS) {
            throw WebhookRejected::invalidBatch('"batch" must be a list of 1 to ' . self::MAX_ITEMS . ' items');
        }

        $items = [];
        foreach ($decoded->batch as $index => $item) {
            $item = self::item($item, "batch[{$index}]");
            if (isset($items[$item['id']])) {
                throw WebhookRejected::invalidBatch("batch[{$index}].id {$item['id']} appears twice in the batch");
            }
            $items[$item['id']] = $item;
        }

        return new self(array_values($items));
    }

    /** @return array{id: string, body: string} */
    private static function item(mixed $item, string $where): array
    {
        $keys = $item instanceof \stdClass ? array_keys((array) $item) : null;
        if ($keys === null || count($keys) !== 2 || array_diff(['id', 'body'], $keys) !== []) {
            throw WebhookRejected::invalidBatch("{$where} must be an object with exactly \"id\" and \"body\"");
        }
        if (!is_string($item->id) || !preg_match(SignatureVerifier::ID_PATTERN, $item->id)) {
            throw WebhookRejected::invalidBatch("{$where}.id must be the event's webhook-id: 1 to " . SignatureVerifier::MAX_ID_LENGTH . ' printable ASCII characters with no spaces or full stops');
        }
        if (!is_string($item->body)) {
            throw WebhookRejected::invalidBatch("{$where}.body must be a string: the event's JSON text, as its own delivery would send it");
        }

        return ['id' => $item->id, 'body' => $item->body];
    }
}
