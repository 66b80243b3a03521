<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Templates;

use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\GameAction;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\ServerFacts;

/**
 * A template's in-game actions as saved: each one parsed (Core\GameAction), its label unique, its servers among the
 * template's own, and every command rendered for a sample player on every server it runs on, so a command that
 * could never be sent (an unknown placeholder, a line break, a {tier_name} or {server} with a space) is refused
 * when the admin saves it rather than when a subscriber pays.
 */
final class GameActionNormalizer
{
    public const MAX_ACTIONS = 20;
    public const MAX_LABEL = 64;
    public const SAMPLE_PLAYER = 'Steve';
    public const SAMPLE_UUID = '8667ba71-b85a-4004-af54-457a9734eed7';

    /**
     * @param ServerFacts[] $servers the servers the template covers
     *
     * @return array{0: list<array<string, mixed>>, 1: array<string, string>} the actions as stored, and field → reason
     */
    public static function normalize(mixed $raw, string $key, string $name, array $servers): array
    {
        if (!is_array($raw) || !array_is_list($raw)) {
            return [[], ['game_actions' => 'The in-game actions must be a list.']];
        }
        if (count($raw) > self::MAX_ACTIONS) {
            return [[], ['game_actions' => 'At most ' . self::MAX_ACTIONS . ' in-game actions per template.']];
        }
        $uuids = array_map(fn (ServerFacts $s) => $s->uuid, $servers);
        $actions = [];
        $errors = [];
        $labels = [];
        foreach ($raw as $i => $data) {
            try {
                $action = GameAction::fromArray(is_array($data) ? $data : throw new \InvalidArgumentException('An in-game action must be an object.'));
            } catch (\InvalidArgumentException $e) {
                $errors["game_actions.{$i}"] = $e->getMessage();
                continue;
            }
            if ($action->label === '' || mb_strlen($action->label) > self::MAX_LABEL) {
                $errors["game_actions.{$i}.label"] = 'Give the action a label of at most ' . self::MAX_LABEL . ' characters, e.g. "LuckPerms frost_knight".';
            } elseif (isset($labels[$action->label])) {
                $errors["game_actions.{$i}.label"] = "Two actions are labelled \"{$action->label}\"; labels tell the actions apart.";
            }
            $labels[$action->label] = true;
            if ($action->servers !== null && ($foreign = array_diff($action->servers, $uuids)) !== []) {
                $errors["game_actions.{$i}.servers"] = 'Not among this template\'s servers: ' . implode(', ', $foreign) . '.';
            }
            $actions[$i] = $action;
        }
        foreach (GameCommandPreview::rows($key, $name, $actions, $servers, self::SAMPLE_PLAYER, self::SAMPLE_UUID) as $row) {
            $errors["game_actions.{$row['action']}.commands"] ??= $row['error'] === null ? null : "On {$row['server_name']}: {$row['error']}";
        }
        // A template that covers no server yet still gets its commands checked, on a stand-in server.
        if ($servers === []) {
            $standIn = [new ServerFacts(0, 0, 0, 0, 0, 0, new \DateTimeImmutable(), 'example', 'example')];
            foreach (GameCommandPreview::rows($key, $name, $actions, $standIn, self::SAMPLE_PLAYER, self::SAMPLE_UUID) as $row) {
                $errors["game_actions.{$row['action']}.commands"] ??= $row['error'];
            }
        }

        return [array_values(array_map(fn (GameAction $a) => $a->toArray(), $actions)), array_filter($errors, fn ($e) => $e !== null)];
    }
}
