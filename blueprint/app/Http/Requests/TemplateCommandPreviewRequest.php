<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Requests;

use Illuminate\Validation\Validator;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\GameAction;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\ServerSelector;

/**
 * `POST /templates/command-preview` {key, name, selector, game_actions, player}: an unsaved template's in-game
 * actions, for the editor's "exact commands for a sample player". The player is whatever the admin types, hostile
 * names included: the preview shows what the engine would refuse, and why.
 */
class TemplateCommandPreviewRequest extends AdminQueryRequest
{
    private ?ServerSelector $selector = null;
    /** @var GameAction[] */
    private array $actions = [];

    /** @return array<string, mixed> */
    public function rules(): array
    {
        return [
            'key' => ['present', 'nullable', 'string', 'max:64'],
            'name' => ['present', 'nullable', 'string', 'max:191'],
            'selector' => ['present', 'array'],
            'game_actions' => ['present', 'array', 'max:20'],
            'game_actions.*' => ['array'],
            'player' => ['required', 'string', 'max:64'],
        ];
    }

    public function withValidator(Validator $validator): void
    {
        $validator->after(function (Validator $validator) {
            if ($validator->errors()->isNotEmpty()) {
                return;
            }
            try {
                $this->selector = ServerSelector::fromArray((array) $this->input('selector'));
            } catch (\InvalidArgumentException $e) {
                $validator->errors()->add('selector', $e->getMessage());
            }
            if (!array_is_list((array) $this->input('game_actions'))) {
                $validator->errors()->add('game_actions', 'The in-game actions must be a list.');

                return;
            }
            foreach ((array) $this->input('game_actions') as $i => $action) {
                try {
                    $this->actions[$i] = GameAction::fromArray((array) $action);
                } catch (\InvalidArgumentException $e) {
                    $validator->errors()->add("game_actions.{$i}", $e->getMessage());
                }
            }
        });
    }

    public function selector(): ServerSelector
    {
        return $this->selector ?? ServerSelector::fromArray((array) $this->validated('selector'));
    }

    /** @return GameAction[] */
    public function actions(): array
    {
        return $this->actions;
    }
}
