<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Exceptions;

/** The panel refused the account Tiergate derived for a customer (its own validation rules). */
class AccountCannotBeCreatedException extends AccountNeedsAttentionException
{
    public static function refused(string $customerId, string $reason): self
    {
        return new self("The panel refused to create an account for customer {$customerId}: {$reason} Correct the customer's details in Paymenter, or create and link the account in the panel.");
    }
}
