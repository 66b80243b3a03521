<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Requests;

/** `POST /mode`: pause (with a reason), unpause, go_live or shadow. */
class ChangeModeRequest extends AdminQueryRequest
{
    public const ACTIONS = ['pause', 'unpause', 'go_live', 'shadow'];

    /** @return array<string, mixed> */
    public function rules(): array
    {
        return [
            'action' => ['required', 'string', 'in:' . implode(',', self::ACTIONS)],
            'reason' => ['required_if:action,pause', 'nullable', 'string', 'max:191'],
        ];
    }

    /** @return array<string, string> */
    public function messages(): array
    {
        return ['reason.required_if' => 'Say why you pause Tiergate; the banner on every page shows it.'];
    }
}
