<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Transformers;

use Carbon\CarbonImmutable;

/** One provisioning log row (contract/admin.ts LogEntryWire), with the names LogQuery looked up. */
class LogEntryTransformer
{
    /**
     * @param array{row: object, customer_email: ?string, server_name: ?string, actor_name: ?string} $entry
     *
     * @return array<string, mixed>
     */
    public function transform(array $entry): array
    {
        $r = $entry['row'];

        return [
            'id' => (int) $r->id,
            'at' => CarbonImmutable::parse($r->created_at)->toIso8601String(),
            'trigger' => $r->trigger,
            'trigger_ref' => $r->trigger_ref,
            'actor_name' => $entry['actor_name'],
            'customer_id' => $r->customer_id,
            'customer_email' => $entry['customer_email'],
            'user_id' => $r->user_id === null ? null : (int) $r->user_id,
            'server_id' => $r->server_id === null ? null : (int) $r->server_id,
            'server_name' => $entry['server_name'],
            'action' => $r->action,
            'permissions_before' => json_decode((string) $r->permissions_before, true),
            'permissions_after' => json_decode((string) $r->permissions_after, true),
            'outcome' => $r->outcome,
            'error' => $r->error,
            'duration_ms' => (int) $r->duration_ms,
        ];
    }
}
