<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Requests;

/** `PUT /notifications`: the receivers' URLs (http or https; an empty list turns notifications off). */
class NotificationUrlsRequest extends AdminQueryRequest
{
    public const MAX_URLS = 10;

    /** @return array<string, string[]> */
    public function rules(): array
    {
        return [
            'urls' => ['present', 'array', 'max:' . self::MAX_URLS],
            'urls.*' => ['required', 'string', 'max:2048', 'url', 'regex:/^https?:\/\/[^\s]+$/iD'],
        ];
    }

    /** @return array<string, string> */
    public function messages(): array
    {
        return [
            'urls.*.url' => 'Each notification URL must be a full http:// or https:// address.',
            'urls.*.regex' => 'Each notification URL must be a full http:// or https:// address.',
            'urls.max' => 'At most ' . self::MAX_URLS . ' notification URLs.',
        ];
    }
}
