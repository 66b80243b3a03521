<?php

namespace Pterodactyl\Http\Controllers\Api\Client\Servers;

use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Pterodactyl\Facades\Activity;
use Pterodactyl\Http\Controllers\Controller;
use Pterodactyl\Models\Permission;
use Pterodactyl\Models\Server;
use Pterodactyl\Services\Subusers\SubuserCreationService;
use Symfony\Component\HttpKernel\Exception\AccessDeniedHttpException;

/**
 * As the panel's client API `POST /api/client/servers/{server}/users`, the call an API-driven bridge makes
 * once per server: validate, create the subuser through the service, log the activity, answer the subuser.
 * Used by the benchmark that compares it with Tiergate's in-process grants.
 */
class SubuserController extends Controller
{
    public function store(Request $request, string $server, SubuserCreationService $service): JsonResponse
    {
        $server = Server::query()->where('uuidShort', $server)->orWhere('uuid', $server)->firstOrFail();
        if (!$request->user()->root_admin && $request->user()->id !== $server->owner_id) {
            throw new AccessDeniedHttpException();
        }
        $keys = Permission::permissions()->flatMap(fn ($d, $group) => array_map(fn ($k) => "{$group}.{$k}", array_keys($d['keys'])))->all();
        $data = $request->validate(['email' => 'required|email|between:1,191', 'permissions' => 'required|array', 'permissions.*' => 'string']);
        $permissions = array_values(array_unique([...array_intersect($data['permissions'], $keys), Permission::ACTION_WEBSOCKET_CONNECT]));

        $subuser = $service->handle($server, $data['email'], $permissions);
        Activity::event('server:subuser.create')->subject($subuser->user, $server)->property(['email' => $data['email'], 'permissions' => $permissions])->log();

        return new JsonResponse(['object' => 'server_subuser', 'attributes' => ['uuid' => $subuser->user->uuid, 'username' => $subuser->user->username, 'email' => $subuser->user->email, 'permissions' => $subuser->permissions]]);
    }
}
