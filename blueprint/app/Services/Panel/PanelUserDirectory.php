<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel;

use Pterodactyl\Models\User;
use Illuminate\Support\Facades\DB;

/** Reads the panel's `users` for the admin page: who an id is, what an account is searched by, whose username or email starts with a text. */
class PanelUserDirectory
{
    /**
     * @param int[] $ids
     *
     * @return array<int, string> id → username
     */
    public function usernames(array $ids): array
    {
        $ids = array_values(array_unique(array_filter($ids)));

        return $ids === [] ? [] : DB::table('users')->whereIn('id', $ids)->pluck('username', 'id')->all();
    }

    /**
     * @param int[] $ids
     *
     * @return array<int, string[]> id → what the admin search finds the account by: username, email, "first last"
     */
    public function searchableNames(array $ids): array
    {
        $ids = array_values(array_unique(array_filter($ids)));
        $names = [];
        if ($ids !== []) {
            foreach (DB::table('users')->whereIn('id', $ids)->get(['id', 'username', 'email', 'name_first', 'name_last']) as $user) {
                $names[(int) $user->id] = self::namesOf($user);
            }
        }

        return $names;
    }

    /** @return string[] the same for an account a reconcile has already read */
    public function searchableNamesOf(User $user): array
    {
        return self::namesOf($user);
    }

    /** @return string[] */
    private static function namesOf(object $user): array
    {
        return [(string) $user->username, (string) $user->email, trim("{$user->name_first} {$user->name_last}")];
    }

    /**
     * Users whose username or email starts with $text (case-insensitive), read live so an account renamed in the
     * panel is found under its new name at once. Each is a seek on the column's unique index.
     *
     * @return int[]
     */
    public function idsStartingWith(string $text, int $limit): array
    {
        $like = addcslashes($text, '%_\\') . '%';

        return DB::table('users')->where('username', 'like', $like)->limit($limit)->pluck('id')
            ->merge(DB::table('users')->where('email', 'like', $like)->limit($limit)->pluck('id'))
            ->map(fn ($id) => (int) $id)->unique()->values()->all();
    }
}
