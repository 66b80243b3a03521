<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Requests;

/** GET /admin/api/log?customer=&server=&action=&outcome=&since=&until=&cursor=&limit= */
class LogIndexRequest extends AdminQueryRequest
{
    public function rules(): array
    {
        return [
            'customer' => self::TEXT,
            'server' => ['nullable', 'integer', 'min:1', 'max:4294967295'],
            'action' => self::TEXT,
            'outcome' => self::TEXT,
            'since' => ['nullable', 'string', 'max:64', 'date'],
            'until' => ['nullable', 'string', 'max:64', 'date'],
        ] + self::PAGING;
    }
}
