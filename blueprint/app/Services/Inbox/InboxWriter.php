<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Inbox;

use Carbon\CarbonImmutable;
use Illuminate\Database\QueryException;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\InboxEvent;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Contract\ContractEvent;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Webhooks\WebhookRejected;

/** Stores one delivery in the inbox exactly once per webhook-id; the caller answers only after this returns. */
class InboxWriter
{
    public const STORED = 'stored';
    public const DUPLICATE = 'duplicate';

    /** @param array<string, mixed> $headers */
    public function store(ContractEvent $event, string $webhookId, string $body, array $headers, string $sourceIp, CarbonImmutable $receivedAt): string
    {
        try {
            // One statement, committed on its own: the unique index on webhook_id is the duplicate check, so a first
            // delivery costs one round trip. forceCreate: every attribute is ours.
            InboxEvent::query()->forceCreate([
                'webhook_id' => $webhookId,
                'type' => $event->type,
                'format' => $event->format,
                'subscription_id' => $event->subscriptionId,
                'customer_id' => $event->customerId,
                'occurred_at' => $event->occurredAt,
                'sequence' => $event->sequence,
                'body' => $body,
                'canonical' => $event->canonical,
                'headers' => $headers,
                'source_ip' => $sourceIp,
                'received_at' => $receivedAt,
            ]);

            return self::STORED;
        } catch (QueryException $e) {
            // The id is stored already: the same body is a redelivery, another body a reused id.
            if (($e->errorInfo[1] ?? null) === 1062) {
                return $this->existing($webhookId, $body) ?? throw $e;
            }
            throw $e;
        }
    }

    private function existing(string $webhookId, string $body): ?string
    {
        $stored = InboxEvent::query()->where('webhook_id', $webhookId)->value('body');
        if ($stored === null) {
            return null;
        }
        if (!hash_equals($stored, $body)) {
            throw WebhookRejected::idReused($webhookId);
        }

        return self::DUPLICATE;
    }
}
