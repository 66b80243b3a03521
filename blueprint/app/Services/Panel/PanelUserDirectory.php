<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel;

use Illuminate\Support\Facades\DB;

/** Reads the panel's `users` for the admin page: who an id is, and whose username, email or name holds a text. */
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

    /** @return int[] users whose username, email or "first last" name contains $text (case-insensitive) */
    public function idsMatching(string $text, int $limit): array
    {
        $like = '%' . addcslashes($text, '%_\\') . '%';

        return DB::table('users')
            ->where(fn ($q) => $q->where('username', 'like', $like)->orWhere('email', 'like', $like)
                ->orWhereRaw("CONCAT(name_first, ' ', name_last) LIKE ?", [$like]))
            ->limit($limit)->pluck('id')->map(fn ($id) => (int) $id)->all();
    }
}
