<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Exceptions;

/** The panel's own test event could not be sent; `field` names the setting the admin should look at. */
class SelfTestFailedException extends \RuntimeException
{
    public function __construct(public readonly string $field, string $message)
    {
        parent::__construct($message);
    }
}
