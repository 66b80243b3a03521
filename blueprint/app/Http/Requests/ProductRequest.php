<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Requests;

/** A write on one product: its key comes from the route (`/products/{productKey}`) and is checked like a field. */
abstract class ProductRequest extends AdminQueryRequest
{
    protected const PRODUCT_KEY = ['required', 'string', 'max:191', 'regex:/\S/u'];

    public function productKey(): string
    {
        return (string) $this->route('productKey');
    }

    protected function prepareForValidation(): void
    {
        $this->merge(['product_key' => $this->productKey()]);
    }

    /** @return array<string, string> */
    public function messages(): array
    {
        return ['product_key.*' => 'A product key is 1–191 characters (the product slug or id Paymenter sends).'];
    }
}
