<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Requests;

/** `DELETE /products/{productKey}/ignore`. */
class ProductUnignoreRequest extends ProductRequest
{
    /** @return array<string, mixed> */
    public function rules(): array
    {
        return ['product_key' => self::PRODUCT_KEY];
    }
}
