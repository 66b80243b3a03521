<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Requests;

/** GET /admin/api/events?type=&customer=&cursor=&limit= */
class EventIndexRequest extends AdminQueryRequest
{
    /** @return array<string, mixed> */
    public function rules(): array
    {
        return ['type' => self::TEXT, 'customer' => self::TEXT] + self::PAGING;
    }
}
