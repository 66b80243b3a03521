<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Transformers;

/** `GET /subscribers/{id}/game` (contract/admin.ts SubscriberGameWire): the in-game name and the commands per server. */
class SubscriberGameTransformer
{
    /**
     * @param array{payload: ?string, override: ?string, override_base: ?string, effective: ?string} $player GameCommandQuery::player()
     * @param list<array<string, mixed>> $commands GameCommandQuery::forSubscriber(), oldest first
     *
     * @return array<string, mixed>
     */
    public function transform(array $player, array $commands): array
    {
        return [
            'name' => [
                'from_billing' => $player['payload'],
                'override' => $player['override'],
                // The correction wins only while billing still sends the name it was made against.
                'override_active' => $player['override'] !== null && $player['override_base'] === $player['payload'],
                'effective' => $player['effective'],
            ],
            'commands' => array_map(fn (array $c) => [
                'id' => (int) $c['id'],
                'server_uuid' => (string) $c['server_uuid'],
                'server_name' => (string) $c['server_name'],
                'kind' => (string) $c['kind'],
                'command' => (string) $c['command'],
                'status' => (string) $c['status'],
                'attempts' => (int) $c['attempts'],
                'last_error' => $c['last_error'],
                'next_attempt_at' => $c['next_attempt_at'] ?? null,
                'created_at' => $c['created_at'],
                'sent_at' => $c['sent_at'],
            ], $commands),
        ];
    }
}
