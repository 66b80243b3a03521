<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Core;

/**
 * One in-game action of a role template: the console command run when a subscriber gains the tier on a server
 * (grant) and the one run when they lose it (revoke), with placeholders, on some or all of the template's servers.
 */
final class GameAction
{
    /** @param string[]|null $servers panel server uuids (a subset of the template's servers); null = all of them */
    public function __construct(
        public readonly string $label,
        public readonly ?string $grant,
        public readonly ?string $revoke,
        public readonly ?array $servers = null,
    ) {
    }

    /** @param array{label?: mixed, grant?: mixed, revoke?: mixed, servers?: mixed} $data as stored in tiergate_templates.game_actions */
    public static function fromArray(array $data): self
    {
        $text = fn (string $field) => isset($data[$field]) && is_string($data[$field]) && trim($data[$field]) !== '' ? trim($data[$field]) : null;
        $servers = $data['servers'] ?? null;
        if ($servers !== null && (!is_array($servers) || array_filter($servers, fn ($s) => !is_string($s)) !== [])) {
            throw new \InvalidArgumentException('An in-game action\'s servers must be a list of server uuids, or null for all.');
        }
        if ($text('grant') === null && $text('revoke') === null) {
            throw new \InvalidArgumentException('An in-game action needs a grant or a revoke command.');
        }

        return new self((string) ($text('label') ?? ''), $text('grant'), $text('revoke'), $servers === null ? null : array_values($servers));
    }

    /** @return array{label: string, grant: ?string, revoke: ?string, servers: ?string[]} */
    public function toArray(): array
    {
        return ['label' => $this->label, 'grant' => $this->grant, 'revoke' => $this->revoke, 'servers' => $this->servers];
    }

    public function runsOn(string $serverUuid): bool
    {
        return $this->servers === null || in_array($serverUuid, $this->servers, true);
    }
}
