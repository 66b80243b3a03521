<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Transformers;

use Carbon\CarbonImmutable;

/** One refused delivery (contract/admin.ts RejectionWire). */
class RejectionTransformer
{
    /** @return array<string, int|string|null> */
    public function transform(object $r): array
    {
        return [
            'id' => (int) $r->id,
            'at' => CarbonImmutable::parse($r->created_at)->toIso8601String(),
            'status' => (int) $r->status,
            'code' => $r->code,
            'reason' => $r->reason,
            'source_ip' => $r->source_ip,
            'body_size' => (int) $r->body_size,
            'webhook_id' => $r->webhook_id,
        ];
    }
}
