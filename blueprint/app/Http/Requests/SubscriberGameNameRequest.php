<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Requests;

/**
 * `POST /subscribers/{customerId}/game-name` with `name`: the admin's in-game name for a subscriber; null (or empty)
 * removes the correction. Only the shape is checked here: GameNameOverrideService checks the name against the
 * game_username_pattern setting and the console's unsafe characters.
 */
class SubscriberGameNameRequest extends AdminQueryRequest
{
    /** @return array<string, mixed> */
    public function rules(): array
    {
        return ['name' => ['present', 'nullable', 'string', 'max:64']];
    }

    protected function prepareForValidation(): void
    {
        if ($this->input('name') === '') {
            $this->merge(['name' => null]);
        }
    }

    public function name(): ?string
    {
        return $this->validated('name');
    }
}
