<?php

namespace Pterodactyl\Exceptions\Http\Connection;

/** As the panel's: Wings could not be reached or answered with an error. */
class DaemonConnectionException extends \Exception
{
    public function __construct(\Throwable $previous, public readonly ?int $statusCode = null)
    {
        parent::__construct('There was an error while attempting to communicate with the daemon' . ($statusCode ? " (HTTP/{$statusCode})" : '') . '.', 0, $previous);
    }
}
