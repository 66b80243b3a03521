<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Templates;

use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\GameAction;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\ServerFacts;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\ServerSelector;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel\ServerCatalogue;

/**
 * The commands an unsaved template's in-game actions would send for one player, on the servers its selector covers
 * now, and those servers (what an action's server subset is picked from).
 */
class CommandPreviewService
{
    public function __construct(private ServerCatalogue $servers)
    {
    }

    /**
     * @param GameAction[] $actions
     *
     * @return array{data: list<array{action: int, label: string, server_uuid: string, server_name: string, grant: ?string, revoke: ?string, error: ?string}>, servers: list<array{uuid: string, name: string}>}
     */
    public function handle(ServerSelector $selector, string $key, string $name, array $actions, string $player): array
    {
        $now = new \DateTimeImmutable();
        $covered = array_values(array_filter($this->servers->all(), fn (ServerFacts $s) => $selector->matches($s, $now)));

        return [
            'data' => GameCommandPreview::rows($key, $name, $actions, $covered, $player, GameActionNormalizer::SAMPLE_UUID),
            'servers' => array_map(fn (ServerFacts $s) => ['uuid' => $s->uuid, 'name' => $s->name], $covered),
        ];
    }
}
