<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Exceptions;

/** An admin's in-game name for a subscriber that the panel's game_username_pattern (or the console) refuses. */
class InvalidGameUsernameException extends \InvalidArgumentException
{
}
