<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Requests;

use Illuminate\Validation\Rule;

/** `PUT /products/{productKey}` {template_key}: maps the product to a template, or unmaps it with null. */
class ProductMapRequest extends ProductRequest
{
    /** @return array<string, mixed> */
    public function rules(): array
    {
        return [
            'product_key' => self::PRODUCT_KEY,
            'template_key' => ['present', 'nullable', 'string', 'max:64', Rule::exists('tiergate_templates', 'key')],
        ];
    }

    /** @return array<string, string> */
    public function messages(): array
    {
        return parent::messages() + ['template_key.exists' => 'There is no template with the key :input.'];
    }
}
