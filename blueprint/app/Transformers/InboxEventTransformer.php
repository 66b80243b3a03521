<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Transformers;

use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\InboxEvent;

/** A stored event (contract/admin.ts InboxEventWire; with its raw body and headers, InboxEventDetailWire). */
class InboxEventTransformer
{
    /** @return array<string, mixed> */
    public function transform(InboxEvent $e): array
    {
        return [
            'id' => $e->id,
            'webhook_id' => $e->webhook_id,
            'type' => $e->type,
            'format' => $e->format,
            'subscription_id' => $e->subscription_id,
            'customer_id' => $e->customer_id,
            'occurred_at' => $e->occurred_at->toIso8601String(),
            'sequence' => $e->sequence,
            'received_at' => $e->received_at->toIso8601String(),
            'processed_at' => $e->processed_at?->toIso8601String(),
            'source_ip' => $e->source_ip,
        ];
    }

    /** @return array<string, mixed> */
    public function detail(InboxEvent $e): array
    {
        return $this->transform($e) + ['body' => $e->body, 'headers' => $e->headers];
    }
}
