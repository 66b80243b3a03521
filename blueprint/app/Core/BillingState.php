<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Core;

enum BillingState: string
{
    case Pending = 'pending';
    case Active = 'active';
    case Grace = 'grace';
    case Suspended = 'suspended';
    case Ended = 'ended';

    public function hasAccess(): bool
    {
        return $this === self::Active || $this === self::Grace;
    }
}
