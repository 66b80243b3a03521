<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Requests;

use Illuminate\Http\JsonResponse;
use Illuminate\Foundation\Http\FormRequest;
use Illuminate\Contracts\Validation\Validator;
use Illuminate\Http\Exceptions\HttpResponseException;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Support\KeysetPage;

/**
 * The query string of an admin API listing. The route's admin middleware has already run (a FormRequest is resolved
 * with the controller), so this only checks shapes: a bad filter is a 422 naming the field, whatever the Accept
 * header, and never reaches the database as a 500.
 */
abstract class AdminQueryRequest extends FormRequest
{
    /** A filter: one valid UTF-8 string (an array such as `search[]=x` is refused). */
    protected const TEXT = ['nullable', 'string', 'max:191', 'regex:/^.*$/su'];

    /** Keyset paging (KeysetPage): the previous page's next_cursor and a page size. */
    protected const PAGING = [
        'cursor' => ['nullable', 'string', 'regex:/^[0-9]{1,19}$/D'],
        'limit' => ['nullable', 'integer', 'min:1', 'max:' . KeysetPage::MAX_SIZE],
    ];

    public function authorize(): bool
    {
        return true;
    }

    protected function failedValidation(Validator $validator): void
    {
        throw new HttpResponseException(new JsonResponse([
            'message' => $validator->errors()->first(),
            'errors' => $validator->errors()->toArray(),
        ], 422));
    }
}
