<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Core;

/**
 * What one customer should hold: for every server, the union of the permissions of all their subscriptions
 * that currently give access. A subscription whose product maps to no template gives nothing (it is "unmapped").
 */
final class DesiredAccess
{
    /**
     * @param SubscriptionState[] $states all subscriptions of one customer
     * @param array<string, Template> $templatesByProduct product key → template (the admin's mapping)
     * @param array<string, Template> $templatesByKey template key → template (a payload's tier may name one)
     * @param ServerFacts[] $servers
     *
     * @return array<int, string[]> server id → permissions, sorted by server id
     */
    public static function for(array $states, array $templatesByProduct, array $templatesByKey, array $servers): array
    {
        $desired = [];
        foreach ($states as $state) {
            $template = self::templateFor($state, $templatesByProduct, $templatesByKey);
            if ($template === null || !$state->hasAccess()) {
                continue;
            }
            foreach ($servers as $server) {
                if ($template->selector->matches($server, $template->savedAt)) {
                    $desired[$server->id] = Permissions::union($desired[$server->id] ?? [], $template->permissions);
                }
            }
        }
        ksort($desired);

        return $desired;
    }

    /**
     * The admin's product mapping wins; otherwise a payload template hint that names a template is honoured: by its key,
     * by `subscriber_<hint>`, or by its name (letter case aside, since a name is for people).
     *
     * @param array<string, Template> $templatesByProduct
     * @param array<string, Template> $templatesByKey
     */
    public static function templateFor(SubscriptionState $state, array $templatesByProduct, array $templatesByKey): ?Template
    {
        if (isset($templatesByProduct[$state->productKey])) {
            return $templatesByProduct[$state->productKey];
        }
        $hint = $state->templateHint;
        if ($hint === null || $hint === '') {
            return null;
        }
        foreach ($templatesByKey as $template) {
            if (mb_strtolower($template->name) === mb_strtolower($hint)) {
                $byName = $template;
                break;
            }
        }

        return $templatesByKey[$hint] ?? $templatesByKey["subscriber_{$hint}"] ?? $byName ?? null;
    }
}
