<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel;

use Pterodactyl\Models\User;

/** An existing panel account that is the customer's but not linked yet: the caller writes the link. */
final class AccountMatch
{
    public function __construct(public readonly User $user, public readonly bool $createdByTiergate)
    {
    }
}
