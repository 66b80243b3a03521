<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Exceptions;

/** A console command would carry a value that could break out of it; the command is not sent. */
class UnsafeGameCommandException extends \RuntimeException
{
}
