<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Exceptions;

/**
 * The customer's panel account cannot be found or made without a person: the reconcile stops for this customer,
 * logs the reason once and shows the subscriber as needing attention instead of retrying.
 */
abstract class AccountNeedsAttentionException extends \RuntimeException
{
}
