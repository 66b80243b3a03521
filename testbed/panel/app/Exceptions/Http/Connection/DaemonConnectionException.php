<?php

namespace Pterodactyl\Exceptions\Http\Connection;

use GuzzleHttp\Exception\GuzzleException;
use Pterodactyl\Exceptions\DisplayException;

/**
 * As the panel's: Wings could not be reached (504) or answered with an error (its status; a 2xx that still
 * failed counts as 502).
 */
class DaemonConnectionException extends DisplayException
{
    private int $statusCode = 504;

    private ?string $requestId;

    public function __construct(GuzzleException $previous, bool $useStatusCode = true)
    {
        $response = method_exists($previous, 'getResponse') ? $previous->getResponse() : null;
        $this->requestId = $response?->getHeaderLine('X-Request-Id');

        if ($useStatusCode && $response !== null) {
            $this->statusCode = $response->getStatusCode() < 400 ? 502 : $response->getStatusCode();
        }

        $message = $response === null
            ? 'Could not establish a connection to the machine running this server. Please try again.'
            : sprintf('There was an error while communicating with the machine running this server. This error has been logged, please try again. (code: %s) (request_id: %s)', $response->getStatusCode(), $this->requestId ?: '<nil>');
        if ($this->statusCode < 500 && $response !== null) {
            $body = json_decode((string) $response->getBody(), true);
            $message = sprintf('An error occurred on the remote host: %s. (request id: %s)', $body['error'] ?? $message, $this->requestId ?: '<nil>');
        }

        parent::__construct($message, $previous, $this->statusCode >= 500 && $this->statusCode !== 504 ? self::LEVEL_ERROR : self::LEVEL_WARNING);
    }

    public function getStatusCode(): int
    {
        return $this->statusCode;
    }

    public function getRequestId(): ?string
    {
        return $this->requestId;
    }
}
