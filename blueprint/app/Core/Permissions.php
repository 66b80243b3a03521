<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Core;

final class Permissions
{
    /** Pterodactyl's client adds this to every subuser; without it the console cannot even connect. */
    public const ALWAYS = 'websocket.connect';

    /**
     * @param string[] $permissions
     *
     * @return string[] sorted, unique, always with websocket.connect
     */
    public static function normalize(array $permissions): array
    {
        $set = array_values(array_unique([...$permissions, self::ALWAYS]));
        sort($set);

        return $set;
    }

    /**
     * @param string[] ...$sets
     *
     * @return string[]
     */
    public static function union(array ...$sets): array
    {
        return self::normalize(array_merge(...$sets));
    }
}
