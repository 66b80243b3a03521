<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Exceptions;

/** Another live process is reconciling this customer right now. */
class SubscriberBusyException extends \RuntimeException
{
    public static function for(string $customerId, int $waitedSeconds): self
    {
        return new self("Customer {$customerId} is being reconciled by another process (waited {$waitedSeconds} s); try again in a moment.");
    }
}
