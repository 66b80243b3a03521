<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Support;

use Illuminate\Http\JsonResponse;
use Illuminate\Http\Exceptions\HttpResponseException;

/**
 * A refusal in the admin API's documented shape (contract/admin.ts: 422 {message, errors: {field: [reason]}}).
 * A thrown ValidationException would instead reach the panel's exception handler, whose invalidJson() answers
 * {errors: [{code, status, detail, meta}]} (pterodactyl/panel v1.11.8 app/Exceptions/Handler.php) and loses the field.
 */
final class AdminError
{
    public static function invalid(string $field, string $reason): HttpResponseException
    {
        return new HttpResponseException(new JsonResponse(['message' => $reason, 'errors' => [$field => [$reason]]], 422));
    }
}
