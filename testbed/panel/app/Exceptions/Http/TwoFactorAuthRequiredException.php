<?php

namespace Pterodactyl\Exceptions\Http;

use Pterodactyl\Exceptions\DisplayException;

class TwoFactorAuthRequiredException extends DisplayException
{
    public function __construct(?\Throwable $previous = null)
    {
        parent::__construct('Two-factor authentication is required on this account in order to access this endpoint.', $previous);
    }
}
