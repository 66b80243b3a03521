<?php

namespace Pterodactyl\Exceptions;

use Illuminate\Auth\AuthenticationException;
use Illuminate\Auth\Access\AuthorizationException;
use Illuminate\Database\Connection;
use Illuminate\Database\Eloquent\ModelNotFoundException;
use Illuminate\Foundation\Exceptions\Handler as ExceptionHandler;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\RedirectResponse;
use Illuminate\Support\Str;
use Illuminate\Validation\ValidationException;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\HttpKernel\Exception\HttpExceptionInterface;

/**
 * What the real panel's handler does to an answer (pterodactyl/panel v1.11.8 app/Exceptions/Handler.php), so an
 * extension that lets an exception escape gets here what it gets there:
 * - render() first rolls every open transaction all the way back;
 * - a JSON request's exception becomes {errors: [{code: <class basename>, status: "<code>", detail}]}, the detail
 *   hidden unless the exception is an HTTP one or of a mapped type (validation 422, authentication 401,
 *   authorization 403), and a missing model says "The requested resource could not be found on the server.";
 * - a ValidationException (invalidJson) becomes one such entry per message, with meta {source_field, rule}, not
 *   Laravel's {message, errors: {field: [...]}}.
 * Written from reading that file; the debug-mode trace fields are left out.
 */
class Handler extends ExceptionHandler
{
    private const RULE_PREFIX = 'pterodactyl\_rules\_';

    private const STATUS_BY_TYPE = [
        AuthenticationException::class => 401,
        AuthorizationException::class => 403,
        ValidationException::class => 422,
    ];

    protected $dontFlash = ['token', 'secret', 'password', 'password_confirmation'];

    public function render($request, \Throwable $e): Response
    {
        $connection = $this->container->make(Connection::class);
        if ($connection->transactionLevel()) {
            $connection->rollBack(0);
        }

        return parent::render($request, $e);
    }

    public function invalidJson($request, ValidationException $exception): JsonResponse
    {
        $rules = [];
        foreach ($exception->validator->failed() as $field => $reasons) {
            $rules[str_replace('.', '_', $field)] = array_map(fn ($rule) => Str::snake($rule), array_keys($reasons));
        }

        $errors = [];
        foreach ($exception->errors() as $field => $messages) {
            foreach (array_values($messages) as $i => $message) {
                $rule = $rules[str_replace('.', '_', $field)][$i] ?? null;
                $entry = $this->convertExceptionToArray($exception)['errors'][0];
                $entry['detail'] = $message;
                $entry['meta'] = ['source_field' => $field, 'rule' => $rule === null ? null : str_replace(self::RULE_PREFIX, 'p_', $rule)];
                $errors[] = $entry;
            }
        }

        return response()->json(['errors' => $errors], $exception->status);
    }

    protected function convertExceptionToArray(\Throwable $e, array $override = []): array
    {
        $mapped = self::STATUS_BY_TYPE[get_class($e)] ?? null;
        $error = [
            'code' => class_basename($e),
            'status' => method_exists($e, 'getStatusCode') ? strval($e->getStatusCode()) : strval($mapped ?? '500'),
            'detail' => $e instanceof HttpExceptionInterface || $mapped !== null
                ? $e->getMessage()
                : 'An unexpected error was encountered while processing this request, please try again.',
        ];
        if ($e instanceof ModelNotFoundException || $e->getPrevious() instanceof ModelNotFoundException) {
            $error['detail'] = 'The requested resource could not be found on the server.';
        }

        return ['errors' => [array_merge($error, $override)]];
    }

    protected function unauthenticated($request, AuthenticationException $exception): JsonResponse|RedirectResponse
    {
        if ($request->expectsJson()) {
            return new JsonResponse($this->convertExceptionToArray($exception), JsonResponse::HTTP_UNAUTHORIZED);
        }

        return redirect()->guest('/auth/login');
    }
}
