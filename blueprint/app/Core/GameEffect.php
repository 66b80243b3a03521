<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Core;

/**
 * One in-game effect on one server, as rendered for one player: what its grant command put in place and what its
 * revoke command takes away. Effects are told apart by those two commands, not by the template that asked for them:
 * two tiers that whitelist the same player on the same server are one effect, so a tier change keeps it without
 * a remove and an add, and a changed name or server name is a different effect (revoke the old, grant the new).
 */
final class GameEffect
{
    public function __construct(
        public readonly string $serverUuid,
        public readonly string $serverName,
        public readonly ?string $grant,
        public readonly ?string $revoke,
        public readonly ?string $player,
        public readonly string $label = '',
        public readonly string $templateKey = '',
    ) {
    }

    /** The action key stored with the applied row (tiergate_game_applied.action_key). */
    public function key(): string
    {
        return sha1(json_encode([$this->grant, $this->revoke], JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES));
    }

    /** Unique per customer: the server and the effect. */
    public function slot(): string
    {
        return $this->serverUuid . ' ' . $this->key();
    }
}
