<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Requests;

/**
 * GET /admin/api/log?customer=&server=&action=&outcome=&since=&until=&cursor=&limit=
 * `customer`: a customer id, or what SubscriberSearch takes (email, name, in-game name); `server`: an id or part of a name.
 */
class LogIndexRequest extends AdminQueryRequest
{
    /** @return array<string, mixed> */
    public function rules(): array
    {
        return [
            'customer' => self::TEXT,
            'server' => self::TEXT,
            'action' => self::TEXT,
            'outcome' => self::TEXT,
            'since' => ['nullable', 'string', 'max:64', 'date'],
            'until' => ['nullable', 'string', 'max:64', 'date'],
        ] + self::PAGING;
    }
}
