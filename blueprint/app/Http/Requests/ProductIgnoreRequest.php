<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Requests;

/** `POST /products/{productKey}/ignore` {reason}: the reason is shown beside the product on the Products tab. */
class ProductIgnoreRequest extends ProductRequest
{
    /** @return array<string, mixed> */
    public function rules(): array
    {
        return [
            'product_key' => self::PRODUCT_KEY,
            'reason' => ['required', 'string', 'max:191', 'regex:/\S/u'],
        ];
    }

    /** @return array<string, string> */
    public function messages(): array
    {
        return parent::messages() + ['reason.required' => 'Say why this product is ignored; the Products tab shows it.', 'reason.regex' => 'Say why this product is ignored; the Products tab shows it.'];
    }
}
