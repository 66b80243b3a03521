<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Requests;

use Illuminate\Validation\Validator;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\ServerSelector;

/** `POST /selector-preview` {selector}: an unsaved selector, checked as the template editor would save it. */
class SelectorPreviewRequest extends AdminQueryRequest
{
    private ?ServerSelector $selector = null;

    /** @return array<string, mixed> */
    public function rules(): array
    {
        return ['selector' => ['present', 'array']];
    }

    public function withValidator(Validator $validator): void
    {
        $validator->after(function (Validator $validator) {
            if ($validator->errors()->isNotEmpty()) {
                return;
            }
            try {
                $this->selector = ServerSelector::fromArray((array) $this->input('selector', []));
            } catch (\InvalidArgumentException $e) {
                $validator->errors()->add('selector', $e->getMessage());
            }
        });
    }

    public function selector(): ServerSelector
    {
        return $this->selector ?? ServerSelector::fromArray((array) $this->validated('selector'));
    }
}
