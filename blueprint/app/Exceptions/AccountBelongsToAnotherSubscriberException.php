<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Exceptions;

/** The panel account a customer would be linked to already belongs to another billing customer. */
class AccountBelongsToAnotherSubscriberException extends AccountNeedsAttentionException
{
    public static function for(string $customerId, string $email, string $otherCustomerId): self
    {
        return new self("The panel account with the email {$email} is already linked to billing customer {$otherCustomerId}, so customer {$customerId} was not given access through it. Change one customer's email in Paymenter, or resolve it in the panel.");
    }
}
