<?php

namespace Pterodactyl\Exceptions;

use Illuminate\Http\JsonResponse;
use Illuminate\Http\RedirectResponse;
use Illuminate\Http\Request;
use Symfony\Component\HttpKernel\Exception\HttpExceptionInterface;

/**
 * As the panel's: an error whose message is safe to show. Rendered as JSON for API calls, otherwise as a
 * flashed admin alert and a redirect back (the double flashes into the same bag as BlueprintAdminLibrary::alert).
 */
class DisplayException extends PterodactylException implements HttpExceptionInterface
{
    public const LEVEL_DEBUG = 'debug';
    public const LEVEL_INFO = 'info';
    public const LEVEL_WARNING = 'warning';
    public const LEVEL_ERROR = 'error';

    public function __construct(string $message, ?\Throwable $previous = null, protected string $level = self::LEVEL_ERROR, int $code = 0)
    {
        parent::__construct($message, $code, $previous);
    }

    public function getErrorLevel(): string
    {
        return $this->level;
    }

    public function getStatusCode(): int
    {
        return 400;
    }

    public function getHeaders(): array
    {
        return [];
    }

    public function render(Request $request): JsonResponse|RedirectResponse
    {
        if ($request->expectsJson()) {
            return new JsonResponse(['errors' => [[
                'code' => class_basename($this),
                'status' => (string) $this->getStatusCode(),
                'detail' => $this->getMessage(),
            ]]], $this->getStatusCode(), $this->getHeaders());
        }
        session()->flash('blueprint.alerts', [...session('blueprint.alerts', []), ['type' => 'danger', 'message' => $this->getMessage()]]);

        return redirect()->back()->withInput();
    }

    /** Only the wrapped cause is worth logging, at this exception's level. */
    public function report(): ?bool
    {
        if (!$this->getPrevious() instanceof \Exception) {
            return null;
        }
        logger()->{$this->getErrorLevel()}($this->getPrevious());

        return true;
    }
}
