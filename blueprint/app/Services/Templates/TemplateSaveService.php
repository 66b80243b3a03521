<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Templates;

use Carbon\CarbonImmutable;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\Permissions;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\ServerFacts;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\ServerSelector;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\RoleTemplate;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel\ServerCatalogue;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Exceptions\TemplateRefusedException;

/**
 * Creates or updates a role template; permissions must come from the panel's catalogue. An "all servers" template
 * covers the servers that existed when it was created (or switched to that mode); only `include_new_servers`
 * moves that moment, so renaming a template never widens its access. In-game actions (`game_actions`, kept as they
 * are when not given) must run on the template's own servers and render for a sample player (GameActionNormalizer).
 * Anything refused is a TemplateRefusedException naming each field; nothing is saved then.
 */
class TemplateSaveService
{
    public function __construct(private PermissionCatalogue $catalogue, private AccessChangeNotifier $notifier, private ServerCatalogue $servers)
    {
    }

    /** @param array<string, mixed> $data */
    public function handle(array $data, ?RoleTemplate $template = null): RoleTemplate
    {
        $errors = [];
        if (!is_string($data['key'] ?? null) || !preg_match('/^[a-z0-9_]{1,64}$/', $data['key'])) {
            $errors['key'] = 'The key is 1–64 lowercase letters, digits or underscores, e.g. subscriber_knight.';
        } elseif (RoleTemplate::query()->where('key', $data['key'])->when($template, fn ($q) => $q->whereKeyNot($template->id))->exists()) {
            $errors['key'] = "A template with the key {$data['key']} already exists.";
        }
        if (!is_string($data['name'] ?? null) || trim($data['name']) === '' || mb_strlen($data['name']) > 191) {
            $errors['name'] = 'The name is required (at most 191 characters).';
        }
        $selector = null;
        try {
            $selector = ServerSelector::fromArray((array) ($data['selector'] ?? []));
        } catch (\InvalidArgumentException $e) {
            $errors['selector'] = $e->getMessage();
        }
        $permissions = (array) ($data['permissions'] ?? []);
        if ($unknown = array_diff($permissions, $this->catalogue->keys())) {
            $errors['permissions'] = 'Not in the panel\'s permission catalogue: ' . implode(', ', $unknown) . '.';
        }
        if ($errors !== []) {
            throw new TemplateRefusedException($errors);
        }
        assert($selector instanceof ServerSelector); // a failed fromArray() added an error above

        $template ??= new RoleTemplate();
        $snapshotNow = !$template->exists
            || ($selector->mode === ServerSelector::ALL && ($template->selector['mode'] ?? null) !== ServerSelector::ALL)
            || ($data['include_new_servers'] ?? false) === true;
        $asOf = $snapshotNow ? CarbonImmutable::now() : ($template->servers_as_of ?? $template->created_at ?? CarbonImmutable::now());
        $covered = array_values(array_filter($this->servers->all(), fn (ServerFacts $s) => $selector->matches($s, $asOf->toDateTimeImmutable())));
        [$gameActions, $errors] = GameActionNormalizer::normalize($data['game_actions'] ?? $template->game_actions ?? [], $data['key'], trim($data['name']), $covered);
        if ($errors !== []) {
            throw new TemplateRefusedException($errors);
        }
        if ($snapshotNow) {
            $template->servers_as_of = $asOf;
        }
        $template->fill([
            'key' => $data['key'],
            'name' => trim($data['name']),
            'selector' => $selector->toArray(),
            'permissions' => Permissions::normalize($permissions),
            'game_actions' => $gameActions,
        ]);
        $changed = $template->isDirty();
        $template->save();
        if ($changed) {
            $this->notifier->templateChanged($template);
        }

        return $template;
    }
}
