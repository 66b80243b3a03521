<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Notifications;

use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\Template;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\SubscriptionState;

/**
 * One subscription as a notification describes it (`before` / `after` in contract/notification.schema.json).
 * A notification is due when the state, its cause, the template or the game username differ; a template that
 * only covers other servers now, or was renamed, is not news on its own.
 */
final class AccessSnapshot
{
    private const COMPARED = ['state', 'cause', 'template_key', 'game_username'];

    /** @return array{state: string, cause: string, template: array{key: string, name: string}|null, game_username: string|null} */
    public static function of(SubscriptionState $state, ?Template $template, ?string $gameUsername): array
    {
        return [
            'state' => $state->state->value,
            'cause' => $state->cause->value,
            'template' => $template === null ? null : ['key' => $template->key, 'name' => $template->name],
            'game_username' => $gameUsername,
        ];
    }

    /**
     * @param array<string, mixed> $before
     * @param array<string, mixed> $after
     */
    public static function same(array $before, array $after): bool
    {
        foreach (self::COMPARED as $field) {
            if (self::field($before, $field) !== self::field($after, $field)) {
                return false;
            }
        }

        return true;
    }

    /** @param array<string, mixed> $snapshot */
    private static function field(array $snapshot, string $field): ?string
    {
        return $field === 'template_key' ? ($snapshot['template']['key'] ?? null) : ($snapshot[$field] ?? null);
    }
}
