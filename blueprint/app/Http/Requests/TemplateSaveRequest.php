<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Requests;

/**
 * `POST /templates` and `PATCH /templates/{id}`: the shapes of a role template. What the fields mean (a unique key,
 * a selector, permissions from the panel's catalogue, in-game actions on the template's own servers) is checked by
 * TemplateSaveService, which answers the same 422 with the field named.
 */
class TemplateSaveRequest extends AdminQueryRequest
{
    public const FIELDS = ['key', 'name', 'selector', 'permissions', 'game_actions', 'include_new_servers'];

    /** @return array<string, mixed> */
    public function rules(): array
    {
        $creating = $this->isMethod('POST');

        return [
            'key' => [$creating ? 'required' : 'sometimes', 'string', 'max:64'],
            'name' => [$creating ? 'required' : 'sometimes', 'string', 'max:191'],
            'selector' => [$creating ? 'required' : 'sometimes', 'array'],
            'permissions' => ['sometimes', 'array', 'max:200'],
            'permissions.*' => ['string', 'max:191'],
            'game_actions' => ['sometimes', 'array', 'max:20'],
            'game_actions.*' => ['array'],
            'game_actions.*.label' => ['nullable', 'string', 'max:64'],
            'game_actions.*.grant' => ['nullable', 'string', 'max:1000'],
            'game_actions.*.revoke' => ['nullable', 'string', 'max:1000'],
            'game_actions.*.servers' => ['nullable', 'array', 'max:500'],
            'game_actions.*.servers.*' => ['string', 'max:191'],
            'include_new_servers' => ['sometimes', 'boolean'],
        ];
    }

    /**
     * The fields sent, as TemplateSaveService takes them.
     *
     * @return array<string, mixed>
     */
    public function template(): array
    {
        return array_intersect_key($this->validated(), array_flip(self::FIELDS));
    }
}
