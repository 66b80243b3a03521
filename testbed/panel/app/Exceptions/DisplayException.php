<?php

namespace Pterodactyl\Exceptions;

/** As the panel's: an error whose message is safe to show to the user. */
class DisplayException extends \Exception
{
}
