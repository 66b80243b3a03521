<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Exceptions;

/** An admin's action on a subscriber that cannot be done now; the message says why and what to do instead. */
class SubscriberActionRefusedException extends \RuntimeException
{
}
