<?php

namespace Paymenter\Extensions\Servers\Tiergate\Delivery;

use Paymenter\Extensions\Servers\Tiergate\Outbox\OutboxEvent;

/**
 * Several outbox events in one signed delivery, `{"batch": [{"id": …, "body": …}, …]}`. Each item is the webhook id
 * and the exact body its own delivery would carry, so the panel stores it as that delivery; the envelope has its own
 * id and signature, and the panel answers 200 with one result per item, in order.
 */
final class OutboxBatch
{
    public const MAX_ITEMS = 50;

    /** The panel refuses a larger body (WebhookProcessor::MAX_BODY_BYTES). */
    public const MAX_BYTES = 262144;

    /** An accepted item's status, as the HTTP status its own delivery would have been answered. */
    private const ACCEPTED = ['stored' => 202, 'duplicate' => 200, 'pong' => 200];

    private const JSON = JSON_THROW_ON_ERROR | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE;

    /** @param non-empty-list<OutboxEvent> $events */
    private function __construct(public readonly string $id, public readonly array $events, public readonly string $body)
    {
    }

    /**
     * The first events of `$events`, in their order, that fit in one batch (at least one, however large).
     *
     * @param non-empty-list<OutboxEvent> $events
     */
    public static function first(array $events): self
    {
        $taken = [];
        $items = [];
        $size = strlen('{"batch":[]}');
        foreach ($events as $event) {
            $item = json_encode(['id' => $event->webhook_id, 'body' => $event->body], self::JSON);
            $grown = $size + strlen($item) + ($items === [] ? 0 : 1);
            if ($items !== [] && (count($items) === self::MAX_ITEMS || $grown > self::MAX_BYTES)) {
                break;
            }
            $taken[] = $event;
            $items[] = $item;
            $size = $grown;
        }

        return new self('batch_' . bin2hex(random_bytes(16)), $taken, '{"batch":[' . implode(',', $items) . ']}');
    }

    /**
     * What the panel's 200 answer says of each event, in the batch's order: the status its own delivery would have
     * had, and the item's refusal. Null unless the answer holds exactly one well-formed result per event sent.
     *
     * @return list<array{0: int, 1: ?string}>|null
     */
    public function results(string $answer): ?array
    {
        $decoded = json_decode($answer, true);
        $results = is_array($decoded) && ($decoded['status'] ?? null) === 'batch' ? ($decoded['results'] ?? null) : null;
        if (!is_array($results) || !array_is_list($results) || count($results) !== count($this->events)) {
            return null;
        }
        $outcomes = [];
        foreach ($this->events as $i => $event) {
            $outcome = self::outcome($results[$i], $event->webhook_id);
            if ($outcome === null) {
                return null;
            }
            $outcomes[] = $outcome;
        }

        return $outcomes;
    }

    /** @return array{0: int, 1: ?string}|null */
    private static function outcome(mixed $result, string $webhookId): ?array
    {
        if (!is_array($result) || ($result['id'] ?? null) !== $webhookId) {
            return null;
        }
        $status = $result['status'] ?? null;
        if (is_string($status) && isset(self::ACCEPTED[$status])) {
            return [self::ACCEPTED[$status], null];
        }
        $httpStatus = $result['http_status'] ?? null;
        if ($status !== 'rejected' || !is_int($httpStatus) || $httpStatus < 400 || $httpStatus > 599) {
            return null;
        }

        return [$httpStatus, mb_strimwidth(json_encode($result, self::JSON | JSON_INVALID_UTF8_SUBSTITUTE), 0, 1000, '…')];
    }
}
