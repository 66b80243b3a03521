<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Templates;

use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\GameAction;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\ServerFacts;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\GameCommandRenderer;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Exceptions\UnsafeGameCommandException;

/**
 * The exact console commands a template's in-game actions give one player on each of its servers, rendered by the
 * same GameCommandRenderer the engine sends with; a command the renderer refuses carries its reason instead.
 */
final class GameCommandPreview
{
    /**
     * @param GameAction[] $actions
     * @param ServerFacts[] $servers the servers the template covers
     *
     * @return list<array{action: int, label: string, server_uuid: string, server_name: string, grant: ?string, revoke: ?string, error: ?string}>
     */
    public static function rows(string $key, string $name, array $actions, array $servers, string $player, ?string $uuid = null): array
    {
        $rows = [];
        foreach ($actions as $index => $action) {
            foreach ($servers as $server) {
                if (!$action->runsOn($server->uuid)) {
                    continue;
                }
                $values = ['player' => $player, 'uuid' => $uuid, 'tier' => $key, 'tier_name' => $name, 'server' => $server->name];
                $row = ['action' => $index, 'label' => $action->label, 'server_uuid' => $server->uuid, 'server_name' => $server->name, 'grant' => null, 'revoke' => null, 'error' => null];
                try {
                    $row['grant'] = $action->grant === null ? null : GameCommandRenderer::render($action->grant, $values);
                    $row['revoke'] = $action->revoke === null ? null : GameCommandRenderer::render($action->revoke, $values);
                } catch (UnsafeGameCommandException $e) {
                    $row['grant'] = $row['revoke'] = null;
                    $row['error'] = $e->getMessage();
                }
                $rows[] = $row;
            }
        }

        return $rows;
    }
}
