<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Core;

/**
 * diff(desired, applied) → the changes that make the panel match. `applied` holds only what Tiergate itself
 * granted, so a subuser row somebody else made is never in a plan.
 */
final class Planner
{
    /**
     * @param array<int, string[]> $desired server id → permissions
     * @param array<int, string[]> $applied server id → permissions Tiergate applied
     *
     * @return PlannedChange[] ordered by server id
     */
    public static function plan(array $desired, array $applied): array
    {
        $changes = [];
        $servers = array_unique([...array_keys($desired), ...array_keys($applied)]);
        sort($servers);
        foreach ($servers as $server) {
            $want = isset($desired[$server]) ? Permissions::normalize($desired[$server]) : null;
            $have = isset($applied[$server]) ? Permissions::normalize($applied[$server]) : null;
            if ($want !== null && $have === null) {
                $changes[] = new PlannedChange(PlannedChange::GRANT, $server, [], $want);
            } elseif ($want === null && $have !== null) {
                $changes[] = new PlannedChange(PlannedChange::REVOKE, $server, $have, []);
            } elseif ($want !== $have) {
                // Both are set here: every server comes from one of the two maps.
                $changes[] = new PlannedChange(PlannedChange::UPDATE, $server, $have ?? [], $want ?? []);
            }
        }

        return $changes;
    }
}
