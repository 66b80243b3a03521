<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Support;

use Illuminate\Database\Eloquent\Model;

/**
 * Looks up the record an admin route names, inside the controller. Implicit route-model binding would run in the
 * `web` group's SubstituteBindings, before the admin check, and tell a guest which ids exist (404 naming the model
 * class vs 403); here the admin middleware has run first and a 404 names no internal class.
 */
final class AdminRecord
{
    /**
     * @template T of Model
     *
     * @param class-string<T> $model
     *
     * @return T
     */
    public static function find(string $model, string $id, string $what): Model
    {
        $record = preg_match('/^[1-9][0-9]{0,18}$/D', $id) ? $model::query()->find((int) $id) : null;

        return $record ?? abort(404, "There is no {$what} with that id.");
    }
}
